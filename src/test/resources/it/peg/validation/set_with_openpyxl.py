"""Writes values into named cells with openpyxl, as another program would: /usr/bin/python3 set_with_openpyxl.py IN OUT NAME=KIND:VALUE...

KIND is s (string), n (number), d (date dd/mm/yyyy), b (boolean 1/0).
"""
import datetime
import sys

import openpyxl


def main():
    src, dst = sys.argv[1:3]
    wb = openpyxl.load_workbook(src)
    for arg in sys.argv[3:]:
        name, spec = arg.split("=", 1)
        kind, value = spec.split(":", 1)
        dest = list(wb.defined_names[name].destinations)[0]
        cell = wb[dest[0]][dest[1].replace("$", "")]
        if kind == "s":
            cell.value = value
        elif kind == "n":
            cell.value = float(value)
        elif kind == "d":
            cell.value = datetime.datetime.strptime(value, "%d/%m/%Y")
            cell.number_format = "DD/MM/YYYY"
        elif kind == "b":
            cell.value = value == "1"
    wb.save(dst)


if __name__ == "__main__":
    main()
