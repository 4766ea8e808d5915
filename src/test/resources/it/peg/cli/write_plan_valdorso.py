"""Writes the plan of the Comune di Valdorso 2027 with openpyxl, as a comune's own tool would (issue 17).

usage: write_plan_valdorso.py OUT.xlsx [MISSING_VALUES]
MISSING_VALUES is the text of Impostazioni / Valori mancanti ("non valutati", "zero"); absent: the row is left out.
"""
import sys

import openpyxl

out = sys.argv[1]
missing = sys.argv[2] if len(sys.argv) > 2 else None
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Impostazioni"
rows = [["Voce", "Valore"], ["Ente", "Comune di Valdorso"], ["Anno", 2027],
        ["Verifiche", "30/09/2027; 31/12/2027"], ["Scadenze consegna", "15/10/2027; 31/01/2028"]]
if missing is not None:
    rows.append(["Valori mancanti", missing])
for r in rows:
    ws.append(r)

sheets = {
    "Servizi": [["Codice", "Servizio", "Dirigente"],
                ["ANA", "Anagrafe", "Dott. Bruno Neri"],
                ["BIB", "Biblioteca", "Dott.ssa Carla Bianchi"],
                ["CIM", "Cimiteri", "Ing. Dario Verdi"],
                ["DEM", "Demanio", "Arch. Elena Gialli"]],
    "Obiettivi": [["Codice", "Servizio", "Titolo", "Peso", "Aggregazione"],
                  ["ANA1", "ANA", "Carte d'identità elettroniche", 50, "media pesata"],
                  ["ANA2", "ANA", "Digitalizzazione dei registri", 50, "media pesata"],
                  ["BIB1", "BIB", "Nuovo catalogo in rete", 100, "tutti"],
                  ["CIM1", "CIM", "Ampliamento del cimitero", 100, "media pesata"],
                  ["DEM1", "DEM", "Inventario dei beni", 100, "media pesata"]],
    "Indicatori": [["Codice", "Obiettivo", "Descrizione", "Target", "Target 30/09", "Peso", "Unità di misura"],
                   ["ANA1A", "ANA1", "Carte rilasciate", "100", "50", 100, "numero"],
                   ["ANA2A", "ANA2", "Registri digitalizzati", "10", None, 100, "numero"],
                   ["BIB1A", "BIB1", "Biblioteche collegate", "5", None, 50, "numero"],
                   ["BIB1B", "BIB1", "Catalogo pubblicato", "SI", None, 50, None],
                   ["CIM1A", "CIM1", "Loculi realizzati", "200", "100", 50, "numero"],
                   ["CIM1B", "CIM1", "Lavori collaudati", "80%", None, 50, "%"],
                   ["DEM1A", "DEM1", "Beni censiti", "10", None, 100, "numero"]],
    "Fasi": [["Obiettivo", "Fase", "Descrizione", "Mesi"],
             ["CIM1", "A", "Progetto esecutivo", "GEN-MAR"],
             ["CIM1", "B", "Collaudo", "OTT-DIC"]],
}
for name, content in sheets.items():
    s = wb.create_sheet(name)
    for r in content:
        s.append(r)
wb.save(out)
