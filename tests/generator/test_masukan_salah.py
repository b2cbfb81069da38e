"""The bad-input matrix, end to end through the command.

Each case starts from the built-in example's CSV files (copied with
--salin-contoh), breaks one thing, and runs kinerja-template on it: the
exit status must be 1, stderr must carry the documented
`file:line:column: message`, and no output may be left behind (the output
folder is not even created).  Also the other exit statuses of the README.

Usage: test_masukan_salah.py PATH/TO/kinerja-template
"""

import functools
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402

PROGRAM = os.path.abspath(sys.argv[1])
CATATAN = catatan.Catatan("test_masukan_salah")


jalankan = functools.partial(catatan.jalankan, PROGRAM, timeout=120)


def ganti(folder, berkas, lama, baru, sekali=True):
    jalur = os.path.join(folder, berkas)
    with open(jalur, encoding="utf-8") as f:
        isi = f.read()
    if lama not in isi:
        raise AssertionError("%r not in %s" % (lama, berkas))
    isi = isi.replace(lama, baru, 1 if sekali else -1)
    with open(jalur, "w", encoding="utf-8") as f:
        f.write(isi)


def tulis(folder, berkas, isi, encoding="utf-8"):
    with open(os.path.join(folder, berkas), "w", encoding=encoding) as f:
        f.write(isi)


# (name, how to break the plan, expected start of a stderr line)
KASUS = [
    ("pembanding.csv: unknown indicator",
     lambda d: ganti(d, "pembanding.csv", "S1.1;Kota Batu;", "S9.9;Kota Batu;"),
     "rencana/pembanding.csv:11:1: indikator 'S9.9' tidak ditemukan"),
    ("belanja in the wrong notation",
     lambda d: ganti(d, "identitas.csv", "pagu_belanja_modal;218.809.600",
                     "pagu_belanja_modal;218809600.5"),
     "rencana/identitas.csv:22:2: pagu_belanja_modal '218809600.5' bukan "
     "angka"),
    ("unknown tingkat",
     lambda d: ganti(d, "anggaran.csv", "kegiatan;2.16.01.2.08;",
                     "kegiatn;2.16.01.2.08;"),
     "rencana/anggaran.csv:14:1: tingkat 'kegiatn' tidak dikenal"),
    ("parent kode missing",
     lambda d: ganti(d, "anggaran.csv", ";2.16.01.2.06.0008;2.16.01.2.06;",
                     ";2.16.01.2.06.0008;2.16.01.2.66;"),
     "rencana/anggaran.csv:12:3: induk '2.16.01.2.66' tidak ditemukan"),
    ("duplicate kode",
     lambda d: ganti(d, "anggaran.csv", "sub kegiatan;2.16.01.2.01.0007;",
                     "sub kegiatan;2.16.01.2.01.0001;"),
     "rencana/anggaran.csv:5: kode '2.16.01.2.01.0001' sudah dipakai sub "
     "kegiatan di rencana/anggaran.csv baris 4"),
    ("empty required field",
     lambda d: ganti(d, "anggaran.csv", ";;Fasilitasi Kunjungan Tamu;", ";;;"),
     "rencana/anggaran.csv:12:5: uraian kosong, padahal wajib diisi"),
    ("non-number",
     lambda d: ganti(d, "anggaran.csv", ";4.000.000;905.000;",
                     ";4.000.000;sembilan ratus;"),
     "rencana/anggaran.csv:12:8: realisasi 'sembilan ratus' bukan angka"),
    ("international number in a ; file",
     lambda d: ganti(d, "kinerja.csv", ";3,75;;;4,16;;NAIK;SPBE;\"PK",
                     ";3.75;;;4,16;;NAIK;SPBE;\"PK"),
     "rencana/kinerja.csv:5:7: target '3.75' bukan angka dalam notasi "
     "Indonesia"),
    ("sen in rupiah",
     lambda d: ganti(d, "anggaran.csv", ";4.000.000;905.000;",
                     ";4.000.000;905.000,50;"),
     "rencana/anggaran.csv:12:8: realisasi '905.000,50' rupiah harus bulat"),
    ("not UTF-8",
     lambda d: tulis(d, "identitas.csv",
                     "kunci;nilai\ninstansi;Dinas Komunikasi\n"
                     "kabupaten;Kabupaten Mojokerto\ntahun;2024\n"
                     "kepala_nama;Andr\u00e9\n", encoding="cp1252"),
     "rencana/identitas.csv:5:2: teks bukan UTF-8 (byte 0xE9)"),
    ("unterminated quote",
     lambda d: open(os.path.join(d, "renstra.csv"), "a").write(
         "S1.1;2027;\"5;;;;\n"),
     "rencana/renstra.csv:30:3: tanda kutip \" dibuka tetapi tidak pernah "
     "ditutup"),
    ("quote inside an unquoted field",
     lambda d: ganti(d, "anggaran.csv", ";;Fasilitasi Kunjungan Tamu;",
                     ";;Fasilitasi \"Kunjungan\" Tamu;"),
     "rencana/anggaran.csv:12:5: tanda kutip \" salah tempat"),
    ("file missing",
     lambda d: os.remove(os.path.join(d, "kinerja.csv")),
     "rencana/kinerja.csv: tidak dapat dibuka"),
    ("NIP as a number",
     lambda d: ganti(d, "identitas.csv", "197009271991011002", "1,97009E+17"),
     "rencana/identitas.csv:12:2: NIP '1,97009E+17' harus 18 angka"),
]


def satu_kasus(nama, rusak, harap):
    with tempfile.TemporaryDirectory() as tmp:
        rc, _, err = jalankan("--salin-contoh", "rencana", cwd=tmp)
        assert rc == 0, err
        rusak(os.path.join(tmp, "rencana"))
        rc, out, err = jalankan("rencana", "-k", "hasil", cwd=tmp)
        masalah = []
        if rc != 1:
            masalah.append("exit %d, expected 1" % rc)
        if not any(baris.startswith(harap) for baris in err.splitlines()):
            masalah.append("no stderr line starts with %r; stderr:\n%s"
                           % (harap, err))
        if os.path.exists(os.path.join(tmp, "hasil")):
            masalah.append("output folder was created: %s"
                           % os.listdir(os.path.join(tmp, "hasil")))
        sisa = [f for f in os.listdir(tmp) if f not in ("rencana",)]
        if sisa:
            masalah.append("left behind: %s" % sisa)
        CATATAN.ok(nama, not masalah, "; ".join(masalah))


def kode_keluar():
    ok = CATATAN.ok
    with tempfile.TemporaryDirectory() as tmp:
        keluaran = os.path.join(tmp, "keluaran")
        rc, out, _ = jalankan("--help", cwd=tmp)
        ok("--help: exit 0 and the usage",
           rc == 0 and "Pemakaian: kinerja-template" in out, "exit %d" % rc)
        rc, _, err = jalankan("--rumus", "aneh", cwd=tmp)
        ok("--rumus aneh: exit 2", rc == 2, "exit %d" % rc)
        rc, _, err = jalankan("--tidak-ada", cwd=tmp)
        ok("unknown option: exit 2", rc == 2, "exit %d" % rc)
        rc, _, err = jalankan("a", "b", cwd=tmp)
        ok("two folders: exit 2", rc == 2, "exit %d" % rc)
        rc, out, err = jalankan("--periksa", cwd=tmp)
        ok("--periksa: exit 0, writes nothing",
           rc == 0 and "rencana sah" in out and not os.listdir(tmp),
           "exit %d, files %s" % (rc, os.listdir(tmp)))
        rc, out, err = jalankan(cwd=tmp)
        ok("default run: the one workbook of the year",
           rc == 0 and os.listdir(keluaran) == ["kinerja-2024.xlsx"],
           "exit %d %s %s" % (rc, err, os.listdir(keluaran)))
        # the same again: refused, exit 3, the files untouched
        waktu = {f: os.stat(os.path.join(keluaran, f)).st_mtime_ns
                 for f in os.listdir(keluaran)}
        rc, out, err = jalankan(cwd=tmp)
        ok("second run: exit 3", rc == 3 and "sudah ada" in err,
           "exit %d (%s)" % (rc, err))
        for f, t in waktu.items():
            ok("second run leaves %s untouched" % f,
               os.stat(os.path.join(keluaran, f)).st_mtime_ns == t)
        rc, out, err = jalankan("--timpa", cwd=tmp)
        ok("--timpa: exit 0", rc == 0, "exit %d %s" % (rc, err))
        sisa = [f for f in os.listdir(keluaran) if f.startswith(".")]
        ok("no temporary file left behind", not sisa, "%s" % sisa)
        # only some workbooks
        rc, out, err = jalankan("-b", "realisasi,pk", "-k", "dua", cwd=tmp)
        ok("-b realisasi,pk: those two only",
           rc == 0 and sorted(os.listdir(os.path.join(tmp, "dua"))) == [
               "perjanjian-kinerja-2024.xlsx", "realisasi-anggaran-2024.xlsx"],
           "exit %d %s" % (rc, err))
        rc, out, err = jalankan("-b", "semua", "-k", "lima", cwd=tmp)
        ok("-b semua: every document as its own file",
           rc == 0 and sorted(os.listdir(os.path.join(tmp, "lima"))) == [
               "pengukuran-kinerja-2024.xlsx", "perjanjian-kinerja-2024.xlsx",
               "realisasi-anggaran-2024.xlsx", "ringkasan-2024.xlsx",
               "rkt-2024.xlsx"], "exit %d %s" % (rc, err))
        rc, out, err = jalankan("-b", "satu,pk", "-k", "satu-pk", cwd=tmp)
        ok("-b satu,pk: the one workbook and the PK alone",
           rc == 0 and sorted(os.listdir(os.path.join(tmp, "satu-pk"))) == [
               "kinerja-2024.xlsx", "perjanjian-kinerja-2024.xlsx"],
           "exit %d %s" % (rc, err))
        rc, out, err = jalankan("-b", "rkt,apa", cwd=tmp)
        ok("-b rkt,apa: exit 2", rc == 2, "exit %d" % rc)
        # a comma-separated plan in international notation works too
        rc, _, err = jalankan("--salin-contoh", "koma", cwd=tmp)
        konversi_koma(os.path.join(tmp, "koma"))
        rc, out, err = jalankan("koma", "-k", "hasil-koma", cwd=tmp)
        ok("comma plan: the example's totals",
           rc == 0 and "pagu Rp 19.133.884.991, realisasi Rp 18.416.966.117" in out,
           "exit %d\n%s%s" % (rc, out, err))


def konversi_koma(folder):
    """Rewrites the example as an English-locale spreadsheet would export
    it: ',' between fields, '.' as the decimal mark, no grouping."""
    import csv
    import re
    for nama in os.listdir(folder):
        jalur = os.path.join(folder, nama)
        with open(jalur, encoding="utf-8") as f:
            baris = list(csv.reader(f, delimiter=";"))
        judul = baris[0]
        angka = {"target", "realisasi", "pagu", "pagu_murni", "target_murni",
                 "tahun", "realisasi_dilaporkan", "tw1", "tw2", "tw3", "tw4",
                 "target_tw1", "target_tw2", "target_tw3", "target_tw4"}
        for r in baris[1:]:
            for i, kolom in enumerate(judul):
                if i < len(r) and (kolom in angka or
                                   (nama == "identitas.csv" and i == 1 and
                                    r[0].startswith(("pagu_",
                                                     "realisasi_")))):
                    v = r[i]
                    if re.fullmatch(r"-?[0-9.]+(,[0-9]+)?", v):
                        r[i] = v.replace(".", "").replace(",", ".")
        with open(jalur, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, delimiter=",", lineterminator="\r\n").writerows(baris)


for kasus in KASUS:
    try:
        satu_kasus(*kasus)
    except Exception as e:  # a broken case is a failure, not a crash
        CATATAN.fail("%s: %r" % (kasus[0], e))
kode_keluar()

sys.exit(CATATAN.summary())
