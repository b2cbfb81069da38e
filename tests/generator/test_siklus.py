"""The year's cycle of kinerja-template, through the real command, with
workbooks filled by openpyxl (the helpers are test_baca_buku's):

- --tahun-depan: next year's plan from the example: tahun + 1, each
  target the Renstra's for the new year (a note for each the Renstra has
  none for), realisasi empty everywhere, each sub kegiatan's pagu carried,
  no murni, no pembanding; read back first, what staff entered this year
  stays as the Renstra's history;
- --baca-buku -b pk: the PK perubahan of a plan never revised (next
  year's), after the pagu of one sub kegiatan is revised on the Realisasi
  Anggaran sheet: PK Murni keeps every program's old pagu, PK Perubahan
  shows the revised one; as CSV, every line's old pagu is its pagu_murni;
- --baca-buku -b ringkasan: the LKjIP tables from what was entered: the
  Ringkasan sheet's realisasi and realisasi anggaran;
- the other input cells: Pemeriksaan's belanja operasi and modal,
  Pengukuran's program realisasi (reported), Ringkasan's realisasi; a
  figure changed to two values on two sheets and a sasaran's realisasi
  anggaran changed on Ringkasan are refused, naming the cells;
- indicators sharing a name: told apart by their sasaran, refused within
  one.

Workbooks are found by the sheet they hold, never by file name.

Usage: test_siklus.py PATH/TO/kinerja-template
"""

import os
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import catatan  # noqa: E402
import rencana_csv  # noqa: E402
from rencana_csv import buku_dengan  # noqa: E402
from test_baca_buku import (angka, baris_dengan, csv_baris,  # noqa: E402
                            jalankan, kolom)

CATATAN = catatan.Catatan("test_siklus")


def judul(ws, teks, baris_judul):
    """The column titled `teks` on the header rows ending at baris_judul
    (a title under a group header is one row lower than one without)."""
    for b in (baris_judul, baris_judul - 1):
        try:
            return kolom(ws, b, teks)
        except AssertionError:
            pass
    raise AssertionError("kolom %r tidak ada" % teks)


def isi(folder, lembar, baris_judul, sel):
    """Types into the sheet `lembar`: sel is [(column title of the key,
    key text, column title, value)]; returns the file and each cell's
    address."""
    jalur = buku_dengan(folder, lembar)
    wb = openpyxl.load_workbook(jalur)
    ws = wb[lembar]
    alamat = []
    for kunci, teks, nama, nilai in sel:
        r = baris_dengan(ws, judul(ws, kunci, baris_judul), teks)
        k = judul(ws, nama, baris_judul)
        ws.cell(r, k).value = nilai
        alamat.append(ws.cell(r, k).coordinate)
    wb.save(jalur)
    return jalur, alamat


def sub_kegiatan(folder):
    """The anggaran.csv rows by kode, and each line's program."""
    ang = csv_baris(folder, "anggaran.csv")
    induk = {b["kode"]: b["induk"] for b in ang}

    def program(kode):
        while induk.get(kode):
            kode = induk[kode]
        return kode
    return {b["kode"]: b for b in ang}, program


def tahun_depan(tmp, asal):
    """Next year's plan, from the plan alone and from filled workbooks."""
    r25 = os.path.join(tmp, "r25")
    rc, out, err = jalankan("--tahun-depan", "-k", r25)
    CATATAN.ok("tahun depan: ditulis", rc == 0, out + err)
    ident = {b[0]: b[1] for b in rencana_csv.baca_csv(r25, "identitas.csv")[1:]}
    CATATAN.equal(ident.get("tahun"), "2025", "tahun depan: tahun")
    CATATAN.equal((ident.get("keterangan_pk"), ident.get("keterangan_pk_perubahan"),
                   ident.get("tanggal_pk_perubahan", "")),
                  ("APBD 2025", "P APBD 2025", ""), "tahun depan: PK")
    for kunci in ("pagu_dilaporkan", "realisasi_dilaporkan",
                  "pagu_belanja_operasi", "realisasi_belanja_modal"):
        CATATAN.equal(ident.get(kunci, ""), "", "tahun depan: " + kunci)
    renstra = csv_baris(asal, "renstra.csv")
    target25 = {b["indikator"]: b["target"] for b in renstra
                if b["tahun"] == "2025"}
    di_renstra = {b["indikator"] for b in renstra}
    lama = {b["kode"]: b for b in csv_baris(asal, "kinerja.csv")}
    catat = 0
    for b in csv_baris(r25, "kinerja.csv"):
        if b["tingkat"] != "indikator":
            continue
        kode = b["kode"]
        harap = target25.get(kode, lama[kode]["target"])
        CATATAN.equal(angka(b["target"]), angka(harap),
                      "tahun depan: target %s" % kode)
        for c in ("realisasi", "target_murni", "tw1", "tw4", "target_tw1"):
            CATATAN.equal(b.get(c, ""), "", "tahun depan: %s %s kosong" % (kode, c))
        tanpa = kode in di_renstra and kode not in target25
        catat += tanpa
        CATATAN.equal(("indikator %s: renstra.csv tidak memuat target 2025"
                       % kode) in err, tanpa, "tahun depan: catatan %s" % kode)
    CATATAN.ok("tahun depan: ada yang diberi catatan", catat > 0, err)
    CATATAN.ok("tahun depan: ada target dari renstra",
               len(target25) > 0 and "S1.1" in target25, str(target25))
    ang_lama, _ = sub_kegiatan(asal)
    for b in csv_baris(r25, "anggaran.csv"):
        kode = b["kode"]
        daun = b["tingkat"] == "sub kegiatan"
        CATATAN.equal((b["pagu"], b["pagu_murni"], b["realisasi"]),
                      (ang_lama[kode]["pagu"] if daun else "", "", ""),
                      "tahun depan: anggaran %s" % kode)
    CATATAN.equal(len(rencana_csv.baca_csv(r25, "pembanding.csv")), 1,
                  "tahun depan: pembanding kosong")
    # this year's Renstra rows stay, with their realisasi
    CATATAN.equal([(b["indikator"], b["tahun"], b["realisasi"])
                   for b in csv_baris(r25, "renstra.csv")
                   if b["tahun"] == "2024"],
                  [(b["indikator"], b["tahun"], b["realisasi"])
                   for b in renstra if b["tahun"] == "2024"],
                  "tahun depan: riwayat 2024")

    # read back first: this year's entered realisasi becomes the history
    buku = os.path.join(tmp, "buku-td")
    jalankan("-k", buku)
    isi(buku, "Pengukuran Kinerja", 5,
        [("INDIKATOR KINERJA", "Persentase Realisasi Anggaran Perangkat "
          "Daerah", "REALISASI", "97,5")])
    r25b = os.path.join(tmp, "r25b")
    rc, out, err = jalankan("--baca-buku", buku, "--tahun-depan", "-k", r25b)
    CATATAN.ok("tahun depan dari buku: ditulis", rc == 0, out + err)
    rl = [b["realisasi"] for b in csv_baris(r25b, "renstra.csv")
          if b["indikator"] == "L1.2" and b["tahun"] == "2024"]
    CATATAN.equal(rl, ["97,50"], "tahun depan dari buku: realisasi 2024 L1.2")
    return r25


def pk_perubahan(tmp, r25):
    """The PK perubahan of a plan never revised, from a revised pagu."""
    buku = os.path.join(tmp, "buku25")
    rc, _, err = jalankan(r25, "-k", buku)
    CATATAN.ok("pk: buku 2025 ditulis", rc == 0, err)
    ang, program = sub_kegiatan(r25)
    daun = [k for k, b in ang.items() if b["tingkat"] == "sub kegiatan"]
    ubah = {daun[0]: 1000000, daun[-1]: 2222222}
    isi(buku, "Realisasi Anggaran", 5,
        [("Kode", daun[0], "Anggaran (Rp)", "1.000.000"),
         ("Kode", daun[-1], "Anggaran (Rp)", 2222222)])
    pk = os.path.join(tmp, "pk25")
    rc, out, err = jalankan(r25, "--baca-buku", buku, "-b", "pk", "-k", pk)
    CATATAN.ok("pk: ditulis", rc == 0, out + err)
    CATATAN.equal(os.listdir(pk), [os.path.basename(buku_dengan(pk, "PK Murni"))],
                  "pk: hanya buku PK")
    murni, ubahan = {}, {}
    for kode, b in ang.items():
        if b["tingkat"] == "sub kegiatan":
            p = program(kode)
            murni[p] = murni.get(p, 0) + angka(b["pagu"])
            ubahan[p] = ubahan.get(p, 0) + ubah.get(kode, angka(b["pagu"]))
    CATATAN.ok("pk: dua program berubah",
               sum(murni[p] != ubahan[p] for p in murni) == 2, str(ubahan))
    wb = openpyxl.load_workbook(buku_dengan(pk, "PK Murni"))
    CATATAN.equal(wb.sheetnames, ["PK Murni", "PK Perubahan"], "pk: lembar")
    for lembar, harap in (("PK Murni", murni), ("PK Perubahan", ubahan)):
        ws = wb[lembar]
        for p, nilai in harap.items():
            r = baris_dengan(ws, 2, ang[p]["uraian"])
            CATATAN.equal(ws.cell(r, 4).value, nilai,
                          "pk: %s anggaran %s" % (lembar, p))
    # as CSV: each line's old pagu is its murni, the revised ones changed
    c = os.path.join(tmp, "pk25-csv")
    rc, out, err = jalankan(r25, "--baca-buku", buku, "-k", c)
    CATATAN.ok("pk csv: ditulis", rc == 0, out + err)
    for b in csv_baris(c, "anggaran.csv"):
        kode = b["kode"]
        if b["tingkat"] != "sub kegiatan":
            continue
        CATATAN.equal((angka(b["pagu_murni"]), angka(b["pagu"])),
                      (angka(ang[kode]["pagu"]),
                       ubah.get(kode, angka(ang[kode]["pagu"]))),
                      "pk csv: pagu %s" % kode)


def lkjip(tmp, asal):
    """The LKjIP tables and the other input cells, from entered values."""
    buku = os.path.join(tmp, "buku-lk")
    rc, _, err = jalankan("-k", buku)
    CATATAN.ok("lkjip: buku ditulis", rc == 0, err)
    ang, program = sub_kegiatan(asal)
    sas = {k: b["sasaran"] for k, b in ang.items() if b["tingkat"] == "program"}
    daun = [k for k, b in ang.items() if b["tingkat"] == "sub kegiatan"
            and sas[program(k)] == "S1"]
    isi(buku, "Realisasi Anggaran", 5,
        [("Kode", daun[0], "Realisasi (Rp)", "1.000.000")])
    isi(buku, "Pengukuran Kinerja", 5,
        [("INDIKATOR KINERJA", "Nilai SAKIP Perangkat Daerah", "REALISASI", 81)])
    p_nama = ang["2.16.02"]["uraian"]
    isi(buku, "Pengukuran Kinerja", 5,
        [("PROGRAM", p_nama, "REALISASI (Rp.)", "5.555.555")])
    lama = {b["kode"]: b for b in csv_baris(asal, "kinerja.csv")}
    s11 = lama["S1.1"]["uraian"]
    isi(buku, "Ringkasan", 6,
        [("Indikator Kinerja", s11, "Realisasi", "4,3")])
    isi(buku, "Pemeriksaan", 7,
        [("Angka yang diperiksa", "Anggaran belanja operasi", "Nilai",
          "18.000.000.000"),
         ("Angka yang diperiksa", "Realisasi belanja modal", "Nilai", None)])
    lk = os.path.join(tmp, "lk")
    rc, out, err = jalankan("--baca-buku", buku, "-b", "ringkasan", "-k", lk)
    CATATAN.ok("lkjip: ditulis", rc == 0, out + err)
    ws = openpyxl.load_workbook(buku_dengan(lk, "Ringkasan"))["Ringkasan"]
    r = baris_dengan(ws, judul(ws, "Indikator Kinerja", 6), s11)
    CATATAN.equal(ws.cell(r, judul(ws, "Realisasi", 6)).value, 4.3,
                  "lkjip: realisasi S1.1")
    harap = sum(1000000 if k == daun[0] else angka(b["realisasi"] or "0")
                for k, b in ang.items()
                if b["tingkat"] == "sub kegiatan" and sas[program(k)] == "S1")
    r = baris_dengan(ws, judul(ws, "Kinerja Utama / Sasaran Strategis", 6),
                     lama["S1"]["uraian"])
    CATATAN.equal(ws.cell(r, judul(ws, "Realisasi (Rp)", 6)).value, harap,
                  "lkjip: realisasi anggaran S1")
    # the same read as CSV: every entered value in its place
    c = os.path.join(tmp, "lk-csv")
    rc, out, err = jalankan("--baca-buku", buku, "-k", c)
    CATATAN.ok("lkjip csv: ditulis", rc == 0, out + err)
    kin = {b["kode"]: b for b in csv_baris(c, "kinerja.csv")}
    CATATAN.equal((angka(kin["S1.1"]["realisasi"]), angka(kin["L1.1"]["realisasi"])),
                  (4.3, 81.0), "lkjip csv: nilai realisasi")
    a = {b["kode"]: b for b in csv_baris(c, "anggaran.csv")}
    CATATAN.equal((angka(a[daun[0]]["realisasi"]), angka(a["2.16.02"]["realisasi"])),
                  (1000000, 5555555), "lkjip csv: realisasi anggaran")
    ident = {b[0]: b[1] for b in rencana_csv.baca_csv(c, "identitas.csv")[1:]}
    CATATAN.equal((ident.get("pagu_belanja_operasi"),
                   ident.get("realisasi_belanja_modal", "")),
                  ("18.000.000.000", ""), "lkjip csv: belanja")

    # refused: two sheets changed to different figures, a sasaran's sum
    jalur, sel = isi(buku, "Ringkasan", 6,
                     [("Indikator Kinerja", s11, "Realisasi", 4.4),
                      ("Kinerja Utama / Sasaran Strategis",
                       lama["S1"]["uraian"], "Realisasi (Rp)", 1)])
    isi(buku, "Pengukuran Kinerja", 5,
        [("INDIKATOR KINERJA", s11, "REALISASI", 4.2)])
    rc, out, err = jalankan("--baca-buku", buku, "-k", os.path.join(tmp, "x"))
    CATATAN.equal(rc, 1, "dua isian berbeda: kode keluar")
    CATATAN.ok("dua isian berbeda: kedua sel",
               "realisasi berbeda dengan yang diisi di " in err
               and "sel " + sel[0] in err and "lembar 'Pengukuran Kinerja'" in err,
               err)
    CATATAN.ok("jumlah sasaran diubah: sel",
               "lembar 'Ringkasan', sel %s: realisasi anggaran sasaran" % sel[1]
               in err, err)


def nama_kembar(tmp):
    """Two indicators of one name: apart by sasaran, refused within one."""
    rencana = os.path.join(tmp, "kembar")
    jalankan("--salin-contoh", rencana)
    baris = rencana_csv.baca_csv(rencana, "kinerja.csv")
    k = baris[0].index
    nama = {b[k("kode")]: b[k("uraian")] for b in baris[1:]}
    for b in baris[1:]:
        if b[k("kode")] == "L2.1":  # another kinerja lainnya than L1.2's
            b[k("uraian")] = nama["L1.2"]
    rencana_csv.tulis_csv(rencana, "kinerja.csv", baris)
    buku = os.path.join(tmp, "buku-kembar")
    rc, _, err = jalankan(rencana, "-k", buku)
    CATATAN.ok("kembar: ditulis", rc == 0, err)
    jalur = buku_dengan(buku, "Pengukuran Kinerja")
    wb = openpyxl.load_workbook(jalur)
    ws = wb["Pengukuran Kinerja"]
    k_ind, k_real = kolom(ws, 5, "INDIKATOR KINERJA"), kolom(ws, 5, "REALISASI")
    kembar = [r for r in range(7, ws.max_row + 1)
              if ws.cell(r, k_ind).value == nama["L1.2"]]
    CATATAN.equal(len(kembar), 2, "kembar: dua baris")
    ws.cell(kembar[0], k_real).value = 11
    ws.cell(kembar[1], k_real).value = 22
    wb.save(jalur)
    hasil = os.path.join(tmp, "kembar-hasil")
    rc, out, err = jalankan(rencana, "--baca-buku", jalur, "-k", hasil)
    CATATAN.ok("kembar: terbaca", rc == 0, out + err)
    kin = {b["kode"]: b for b in csv_baris(hasil, "kinerja.csv")}
    CATATAN.equal((angka(kin["L1.2"]["realisasi"]), angka(kin["L2.1"]["realisasi"])),
                  (11, 22), "kembar: menurut sasaran")
    # the same name twice in one sasaran cannot be told apart
    for b in baris[1:]:
        if b[k("kode")] == "L1.3":
            b[k("uraian")] = nama["L1.2"]
    rencana_csv.tulis_csv(rencana, "kinerja.csv", baris)
    buku = os.path.join(tmp, "buku-kembar2")
    jalankan(rencana, "-k", buku)
    rc, out, err = jalankan(rencana, "--baca-buku",
                            buku_dengan(buku, "Pengukuran Kinerja"), "-k",
                            os.path.join(tmp, "kembar2-hasil"))
    CATATAN.equal(rc, 1, "kembar satu sasaran: kode keluar")
    CATATAN.ok("kembar satu sasaran: pesan",
               "nama indikator dipakai lebih dari sekali dalam satu sasaran"
               in err, err)


def pk_teks(tmp):
    """The PK letter's inputs: a name corrected in the signature block, a
    title in the list of parties, the date typed as text; the same name
    changed two ways is refused."""
    import datetime
    buku = os.path.join(tmp, "buku-pk")
    jalankan("-b", "pk", "-k", buku)
    jalur = buku_dengan(buku, "PK Perubahan")
    wb = openpyxl.load_workbook(jalur)
    ws = wb["PK Perubahan"]
    ttd = baris_dengan(ws, 4, "Pihak Pertama")
    nama = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Nama"]
    ws.cell(ttd + 3, 4).value = "Dr. ARDI SEPDIANTO, M.Si"
    ws.cell(nama[1] + 1, 3).value = ": BUPATI MOJOKERTO (Plt.)"
    tempat = baris_dengan(ws, 3, "Mojokerto,")
    ws.cell(tempat, 4).value = "2024-10-01"
    ws = wb["PK Murni"]
    ws.cell(baris_dengan(ws, 3, "Mojokerto,"), 4).value = datetime.datetime(
        2024, 1, 31)
    wb.save(jalur)
    c = os.path.join(tmp, "pk-csv")
    rc, out, err = jalankan("--baca-buku", jalur, "-k", c)
    CATATAN.ok("pk teks: terbaca", rc == 0, out + err)
    ident = {b[0]: b[1] for b in rencana_csv.baca_csv(c, "identitas.csv")[1:]}
    CATATAN.equal((ident.get("kepala_nama"), ident.get("atasan_jabatan"),
                   ident.get("tanggal_pk_perubahan"), ident.get("tanggal_pk")),
                  ("Dr. ARDI SEPDIANTO, M.Si", "BUPATI MOJOKERTO (Plt.)",
                   "2024-10-01", "2024-01-31"), "pk teks: identitas")
    ws = wb["PK Perubahan"]
    ws.cell(nama[0], 3).value = ": Drs. LAIN"
    wb.save(jalur)
    rc, out, err = jalankan("--baca-buku", jalur, "-k", os.path.join(tmp, "y"))
    CATATAN.equal(rc, 1, "pk teks: dua nama berbeda ditolak")
    CATATAN.ok("pk teks: pesan", "lembar 'PK Perubahan', sel D%d: berbeda"
               % (ttd + 3) in err or "lembar 'PK Perubahan', sel C%d: berbeda"
               % nama[0] in err, err)


def perbandingan(tmp, asal):
    """Perbandingan: this year's realisasi of a kinerja lainnya typed
    there; Perbandingan Daerah: another region's realisasi changed, one
    cleared."""
    buku = os.path.join(tmp, "buku-banding")
    jalankan("-b", "ringkasan", "-k", buku)
    jalur = buku_dengan(buku, "Perbandingan")
    lama = {b["kode"]: b for b in csv_baris(asal, "kinerja.csv")}
    wb = openpyxl.load_workbook(jalur)
    ws = wb["Perbandingan"]
    k_real = [c for c in range(1, ws.max_column + 1)
              if ws.cell(4, c).value == "2024"][0] + 1
    ws.cell(baris_dengan(ws, 3, lama["L1.1"]["uraian"]), k_real).value = "77,7"
    ws = wb["Perbandingan Daerah"]
    pb = rencana_csv.baca_csv(asal, "pembanding.csv")
    (_, p1, _, _), (_, p2, _, _) = pb[1], pb[2]
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, 2).value == p1 and ws.cell(r, 3).value == lama[pb[1][0]]["uraian"]:
            ws.cell(r, 4).value = "4,5"
        if ws.cell(r, 2).value == p2 and ws.cell(r, 3).value == lama[pb[2][0]]["uraian"]:
            ws.cell(r, 4).value = None
    wb.save(jalur)
    c = os.path.join(tmp, "banding-csv")
    rc, out, err = jalankan("--baca-buku", jalur, "-k", c)
    CATATAN.ok("perbandingan: terbaca", rc == 0, out + err)
    kin = csv_baris(c, "kinerja.csv")
    CATATAN.equal([angka(b["realisasi"]) for b in kin if b["kode"] == "L1.1"],
                  [77.7], "perbandingan: realisasi L1.1")
    baru = rencana_csv.baca_csv(c, "pembanding.csv")
    CATATAN.equal([(b[1], b[2]) for b in baru[1:3]], [(p1, "4,50"), (p2, "")],
                  "perbandingan daerah: realisasi")
    CATATAN.equal(baru[3:], pb[3:], "perbandingan daerah: lain tetap")


def baris_anggaran(tmp, asal):
    """A sub kegiatan renamed and one moved under another kegiatan (its
    Induk retyped) on Realisasi Anggaran; a Tingkat changed is refused."""
    buku = os.path.join(tmp, "buku-baris")
    jalankan("-b", "realisasi", "-k", buku)
    ang, program = sub_kegiatan(asal)
    daun = [k for k, b in ang.items() if b["tingkat"] == "sub kegiatan"]
    keg = [k for k, b in ang.items() if b["tingkat"] == "kegiatan"]
    pindah = daun[0]
    ke = [k for k in keg if k != ang[pindah]["induk"]][0]
    jalur, _ = isi(buku, "Realisasi Anggaran", 5,
                   [("Kode", daun[1], "Program / Kegiatan / Sub Kegiatan",
                     "Nama Baru Sub Kegiatan"),
                    ("Kode", pindah, "Induk", ke)])
    c = os.path.join(tmp, "baris-csv")
    rc, out, err = jalankan("--baca-buku", jalur, "-k", c)
    CATATAN.ok("baris: terbaca", rc == 0, out + err)
    baru = csv_baris(c, "anggaran.csv")
    b = {x["kode"]: x for x in baru}
    CATATAN.equal((b[daun[1]]["uraian"], b[pindah]["induk"]),
                  ("Nama Baru Sub Kegiatan", ke), "baris: uraian dan induk")
    for x in baru:
        if x["kode"] not in (daun[1], pindah):
            CATATAN.equal(x, ang[x["kode"]], "baris: %s tetap" % x["kode"])
    isi(buku, "Realisasi Anggaran", 5, [("Kode", daun[2], "Tingkat", "Kegiatan")])
    rc, out, err = jalankan("--baca-buku", jalur, "-k", os.path.join(tmp, "z"))
    CATATAN.equal(rc, 1, "baris: tingkat diubah ditolak")
    CATATAN.ok("baris: pesan tingkat", "Tingkat baris yang ada dalam rencana "
               "tidak dapat diubah" in err and daun[2] in err, err)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        asal = os.path.join(tmp, "asal")
        rc, _, err = jalankan("--tulis-csv", asal)
        CATATAN.ok("contoh sebagai CSV", rc == 0, err)
        r25 = tahun_depan(tmp, asal)
        pk_perubahan(tmp, r25)
        lkjip(tmp, asal)
        nama_kembar(tmp)
        pk_teks(tmp)
        perbandingan(tmp, asal)
        baris_anggaran(tmp, asal)
    sys.exit(CATATAN.summary())


if __name__ == "__main__":
    main()
