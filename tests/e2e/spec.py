"""The domain rules, written down independently of the add-in's C code.

Everything here is transcribed from the rules and their sources as
docs/aturan.md states them (the regulations' scales and SPBE/PEMDI weights),
not from the C tables, and computed with Python's decimal module, so an
expected value never comes from the code under test.  Rounding is half away
from zero on the decimal value, as Calc's ROUND does (docs/aturan.md, "Units
and rounding").
"""

from decimal import Decimal, ROUND_DOWN, ROUND_HALF_UP, getcontext

getcontext().prec = 60

D = Decimal
INF = D("Infinity")


def dec(text):
    """A figure as printed in the seed, in Indonesian notation: "110,93",
    "4.706.741.900", "96,49%", "Rp. 48.000.000" (a dot always separates
    thousands, a comma the decimals)."""
    t = text.strip().rstrip("%").replace("Rp.", "").strip()
    return D(t.replace(".", "").replace(",", "."))


def half_up(x, places=2):
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def truncate(x, places=2):
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_DOWN)


def capaian(target, realisasi, arah=1):
    """PermenPANRB 53/2014: rumus 1 realisasi/target*100; rumus 2 (2t - r)/t*100."""
    t, r = D(target), D(realisasi)
    if arah == 1:
        return r / t * 100
    return (2 * t - r) / t * 100


def serapan(pagu, realisasi):
    return D(realisasi) / D(pagu) * 100


def efisiensi(kinerja, anggaran, metode="RASIO"):
    k, a = D(kinerja), D(anggaran)
    return k / a if metode == "RASIO" else k - a


# ---------------------------------------------------------------------------
# Category scales (docs/aturan.md, "Kategori").  Bands from the lowest up: (lower
# bound, exclusive?, label); the lowest band of an open scale has bound -INF.
# domain: (min, max) or None.
SCALES = {
    "TINGKAT": ([(-INF, False, "Sangat Rendah"), (D(50), True, "Rendah"),
                 (D(65), True, "Sedang"), (D(75), True, "Tinggi"),
                 (D(90), True, "Sangat Tinggi")], None),
    "BERHASIL": ([(-INF, False, "Kurang Berhasil"), (D(55), False, "Cukup Berhasil"),
                  (D(75), False, "Berhasil"), (D(100), False, "Sangat Berhasil")], None),
    "EFISIENSI": ([(-INF, False, "Tidak Efisien"), (D(1), False, "Efisien")], None),
    "EFISIENSI_SELISIH": ([(-INF, False, "Tidak Efisien"), (D(-5), False, "Cukup Efisien"),
                           (D(5), True, "Efisien")], None),
    "SPBE": ([(-INF, False, "Kurang"), (D("1.8"), False, "Cukup"), (D("2.6"), False, "Baik"),
              (D("3.5"), False, "Sangat Baik"), (D("4.2"), False, "Memuaskan")],
             (D(0), D(5))),
    "PEMDI": ([(D("1.0"), False, "Kurang"), (D("1.5"), False, "Cukup"),
               (D("2.5"), False, "Baik"), (D("3.5"), False, "Sangat Baik"),
               (D("4.0"), False, "Memuaskan")], (D(1), D(5))),
    "SAKIP": ([(D(0), False, "D"), (D(30), True, "C"), (D(50), True, "CC"),
               (D(60), True, "B"), (D(70), True, "BB"), (D(80), True, "A"),
               (D(90), True, "AA")], (D(0), D(100))),
    "IP_ASN": ([(-INF, False, "Sangat Rendah"), (D(60), True, "Rendah"),
                (D(70), True, "Sedang"), (D(80), True, "Tinggi"),
                (D(90), True, "Sangat Tinggi")], (D(0), D(100))),
}
DEFAULT_SCALE = "TINGKAT"


def kategori(value, bands):
    """The label of value on bands, looked up on the value rounded to two
    decimals; None below the lowest bound (no label: #N/A)."""
    v = half_up(value)
    label = None
    for bound, exclusive, name in bands:
        if (v > bound) if exclusive else (v >= bound):
            label = name
    return label


def band_edge_values(bands, domain):
    """Values around every finite bound that probe the rounding rule:
    b - 0.01, b - 0.005 (rounds up to b), b - 0.001, b, b + 0.001, b + 0.004
    (both round to b), b + 0.005 (rounds to b + 0.01) and b + 0.01.  Values
    that fall outside the domain, or so close to its edge that the spec does
    not say whether the raw or the rounded value is checked, are left out."""
    out = []
    offsets = [D("-0.01"), D("-0.005"), D("-0.001"), D(0), D("0.001"), D("0.004"),
               D("0.005"), D("0.01")]
    for bound, _, _ in bands:
        if bound == -INF:
            continue
        for off in offsets:
            v = bound + off
            if domain and not (domain[0] <= v <= domain[1]):
                continue
            if v not in out:
                out.append(v)
    return out


def mixed_case(name):
    """TINGKAT -> tInGkAt: the names are case-insensitive."""
    return "".join(c.lower() if i % 2 == 0 else c.upper() for i, c in enumerate(name))


# ---------------------------------------------------------------------------
# Indeks SPBE weights in percent (PermenPANRB 59/2020; docs/aturan.md,
# "Indeks SPBE").
SPBE_DOMAIN_WEIGHTS = [D(13), D(25), D("16.5"), D("45.5")]
SPBE_ASPECT_WEIGHTS = [D(13), D(10), D(10), D(5), D(12), D("4.5"), D("27.5"), D(18)]
SPBE_INDICATOR_WEIGHTS = ([D("1.30")] * 10 + [D("2.50")] * 10 + [D("1.50")] * 11 +
                          [D("2.75")] * 10 + [D("3.00")] * 6)
PEMDI_WEIGHTS = [D(10), D(10), D(15), D(15), D(10), D(15), D(25)]
# PermenPANRB 8/2026's 20 indicators, aspect by aspect: Tata Kelola dan
# Manajemen I1-I2, Penyelenggara I3-I4, Data I5-I8, Keamanan I9-I12,
# Teknologi I13-I14, Keterpaduan Layanan Digital I15-I18, Kepuasan Pengguna
# I19-I20.
PEMDI_INDICATOR_WEIGHTS_BY_ASPECT = [[D(5), D(5)], [D(5), D(5)],
                                     [D(5), D(3), D(3), D(4)],
                                     [D(4), D(4), D(3), D(4)], [D(5), D(5)],
                                     [D(4), D(4), D(4), D(3)], [D(10), D(15)]]
PEMDI_INDICATOR_WEIGHTS = [w for ws in PEMDI_INDICATOR_WEIGHTS_BY_ASPECT for w in ws]

assert sum(SPBE_DOMAIN_WEIGHTS) == 100 and sum(SPBE_ASPECT_WEIGHTS) == 100
assert len(SPBE_INDICATOR_WEIGHTS) == 47 and sum(SPBE_INDICATOR_WEIGHTS) == 100
assert sum(PEMDI_WEIGHTS) == 100
assert len(PEMDI_INDICATOR_WEIGHTS) == 20
assert [sum(ws) for ws in PEMDI_INDICATOR_WEIGHTS_BY_ASPECT] == PEMDI_WEIGHTS


def indeks(values, weights):
    values = [D(v) for v in values]
    weights = [D(w) for w in weights]
    return sum(v * w for v, w in zip(values, weights)) / sum(weights)


# ---------------------------------------------------------------------------
# Each function's signature as the function reference (README) states it:
# every argument's kind and whether it may be left out.  ANGKA is a number
# read cell by cell (a range gives a range of results), PILIHAN an option
# read cell by cell (a name or its number), UTUH the whole value (a name or
# a range read as one), BARIS one element per row (the quarters of an
# indicator).  The fuzz oracle (tests/fuzz/buat_spesifikasi.py) is built
# from this table too, never from the C function table.
SIGNATURES = {
    "CAPAIAN": [("ANGKA", False), ("ANGKA", False), ("PILIHAN", True)],
    "SERAPAN": [("ANGKA", False), ("ANGKA", False)],
    "EFISIENSI": [("ANGKA", False), ("ANGKA", False), ("PILIHAN", True)],
    "KATEGORI": [("ANGKA", False), ("UTUH", True)],
    "INDEKS_SPBE": [("UTUH", False), ("UTUH", True), ("UTUH", True)],
    "SELISIH_RINCIAN": [("ANGKA", False), ("UTUH", False)],
    "CEK_ANGGARAN": [("ANGKA", False), ("ANGKA", True)],
    "REKAP_TRIWULAN": [("BARIS", False), ("PILIHAN", False)],
}
