"""Types values into named cells of a workbook with LibreOffice Calc, as a person at the input line.

Usage: /usr/bin/python3 type_into.py SOFFICE PROFILE_URL IN.xlsx OUT.xlsx NAME=TEXT...

NAME is a defined name, or a cell address in Calc's form ($Sheet.$C$5) for workbooks without names
(the summary's Nucleo columns).

Starts soffice headless with the given private profile (seeded with the it-IT locale by the caller),
opens IN, and for each NAME=TEXT selects the defined name's cell and sends .uno:EnterString, which parses
TEXT in the document's locale and respects protection, like typing; then saves as .xlsx to OUT.
"""
import os
import subprocess
import sys

import uno
from com.sun.star.beans import PropertyValue


def pv(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    soffice, profile, src, dst = sys.argv[1:5]
    pairs = [a.split("=", 1) for a in sys.argv[5:]]
    pipe = "pegtype%d" % os.getpid()
    proc = subprocess.Popen([soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nolockcheck",
                             "-env:UserInstallation=" + profile,
                             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                # not accepting yet: wait up to half a second for soffice to exit, which would mean it failed
                try:
                    rc = proc.wait(timeout=0.5)
                except subprocess.TimeoutExpired:
                    continue
                raise SystemExit("soffice exited (rc=%s) before accepting connections" % rc)
        if ctx is None:
            raise SystemExit("soffice did not answer")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0,
                                           (pv("Hidden", True),))
        frame = doc.getCurrentController().getFrame()
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        for name, text in pairs:
            target = name if name.startswith("$") else doc.NamedRanges.getByName(name).getContent()
            dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (pv("ToPoint", target),))
            dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (pv("StringName", text),))
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (pv("FilterName", "Calc MS Excel 2007 XML"),))
        try:
            doc.close(True)  # the file is already stored; a loaded machine may drop the bridge while closing
            desktop.terminate()
        except Exception:
            # the bridge drops as soffice exits; LibreOffice 7.4 may also crash closing a document with
            # charts (the summary) after the store completed: the caller checks what was saved
            if not os.path.isfile(dst) or os.path.getsize(dst) == 0:
                raise
    finally:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
