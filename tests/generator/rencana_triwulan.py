"""The built-in example turned into a plan monitored per quarter, for the
generator's tests (test_buku_kerja.py, test_calc.py): the SPBE index read
on the last filled quarter (AKHIR) and the innovations summed (JUMLAH),
with quarterly targets; every other indicator gets empty quarter columns.
"""

import os
import subprocess


def tulis(program, folder):
    """Copies the example into `folder` (kinerja-template --salin-contoh)
    and adds the quarter columns to its kinerja.csv.  Raises if the copy
    fails."""
    p = subprocess.run([program, "--salin-contoh", folder], capture_output=True,
                       text=True, timeout=120)
    if p.returncode != 0:
        raise RuntimeError("--salin-contoh: exit %d\n%s%s"
                           % (p.returncode, p.stdout, p.stderr))
    jalur = os.path.join(folder, "kinerja.csv")
    with open(jalur, encoding="utf-8") as f:
        baris = f.read().splitlines()
    baris[0] += ";rekap;tw1;tw2;tw3;tw4;target_tw1;target_tw2;target_tw3;" \
        "target_tw4"
    for i in range(1, len(baris)):
        if baris[i].startswith("indikator;S1.1;"):
            baris[i] = baris[i].replace(";3,75;;;4,16;", ";3,75;;;;") + \
                ";AKHIR;;4,10;4,16;;3,50;3,60;3,70;3,75"
        elif baris[i].startswith("indikator;L2.1;"):
            baris[i] = baris[i].replace(";19;;;19;", ";19;;;;") + \
                ";JUMLAH;3;5;4;7;4;5;5;4"
        else:
            baris[i] += ";;;;;;;;;"
    with open(jalur, "w", encoding="utf-8") as f:
        f.write("\n".join(baris) + "\n")
