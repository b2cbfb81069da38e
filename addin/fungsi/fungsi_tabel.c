/*
 * The one table of Calc functions.  Everything a user sees of a function
 * (its name, the Function Wizard's description and argument help in
 * Indonesian and English) and how it is computed is here; the UNO
 * dispatcher, CalcAddIns.xcu, the Extension Manager's description and the
 * README's reference are generated from it.  The IDL's methods must match
 * (a test checks it).
 *
 * The help must fit where Calc and the Extension Manager show it (the
 * generator refuses it otherwise): an argument's help in two lines of the
 * Function Wizard (at most 140 characters), a description in three (at
 * most 210); a description's first clause, up to the first ':', ';' or
 * '.', is the function's gloss in the Extension Manager.
 */
#include "fungsi.h"
#include "fungsi_kernel.h"

#define SEL_KOSONG_ID " Sel tunggal yang kosong dihitung sebagai 0."
#define SEL_KOSONG_EN " A single empty cell counts as 0."

const fungsi_info fungsi_tabel[] = {
    {
        .nama = "CAPAIAN",
        .uraian_id =
            "Capaian kinerja dalam persen. Rumus 1 (makin tinggi makin "
            "baik): realisasi / target x 100. Rumus 2 (makin rendah "
            "makin baik): (target - (realisasi - target)) / target x 100.",
        .uraian_en = "Performance achievement in percent. Formula 1 (higher is "
                     "better): actual / target x 100. Formula 2 (lower is "
                     "better): (target - (actual - target)) / target x 100.",
        .jumlah_argumen = CAPAIAN_N_ARG,
        .argumen =
            {
                {"target", "target",
                 "Target kinerja (angka >= 0; 0 memberi "
                 "#DIV/0!)." SEL_KOSONG_ID,
                 "Performance target (a number >= 0; 0 gives "
                 "#DIV/0!)." SEL_KOSONG_EN,
                 ARG_ANGKA, false},
                {"realisasi", "actual",
                 "Realisasi kinerja. Teks kosong memberi hasil "
                 "kosong." SEL_KOSONG_ID,
                 "Actual performance. Empty text gives an empty "
                 "result." SEL_KOSONG_EN,
                 ARG_ANGKA, false},
                {"arah", "direction",
                 "Opsional: 1 atau \"NAIK\" (bawaan) untuk rumus 1; 2 atau "
                 "\"TURUN\" untuk rumus 2.",
                 "Optional: 1 or \"NAIK\" (default) for formula 1; 2 or "
                 "\"TURUN\" "
                 "for formula 2.",
                 ARG_PILIHAN, true},
            },
        .hitung = kernel_capaian,
    },
    {
        .nama = "SERAPAN",
        .uraian_id =
            "Serapan anggaran dalam persen: realisasi anggaran / pagu x 100.",
        .uraian_en =
            "Budget absorption in percent: spending / allocation x 100.",
        .jumlah_argumen = SERAPAN_N_ARG,
        .argumen =
            {
                {"pagu", "allocation",
                 "Pagu anggaran dalam rupiah (>= 0; 0 memberi "
                 "#DIV/0!)." SEL_KOSONG_ID,
                 "Budget allocation in rupiah (>= 0; 0 gives "
                 "#DIV/0!)." SEL_KOSONG_EN,
                 ARG_ANGKA, false},
                {"realisasi", "spending",
                 "Realisasi anggaran dalam rupiah (>= 0)." SEL_KOSONG_ID,
                 "Budget spent in rupiah (>= 0)." SEL_KOSONG_EN, ARG_ANGKA,
                 false},
            },
        .hitung = kernel_serapan,
    },
    {
        .nama = "EFISIENSI",
        .uraian_id =
            "Efisiensi penggunaan sumber daya: capaian kinerja / "
            "capaian anggaran (\"RASIO\", bawaan) atau capaian kinerja - "
            "capaian anggaran (\"SELISIH\").",
        .uraian_en = "Efficiency of resource use: performance achievement / "
                     "budget achievement (\"RASIO\", default) or performance "
                     "achievement - budget achievement (\"SELISIH\").",
        .jumlah_argumen = EFISIENSI_N_ARG,
        .argumen =
            {
                {"capaian_kinerja", "performance",
                 "Capaian kinerja dalam persen, misalnya 110,93." SEL_KOSONG_ID,
                 "Performance achievement in percent, e.g. "
                 "110.93." SEL_KOSONG_EN,
                 ARG_ANGKA, false},
                {"capaian_anggaran", "budget",
                 "Capaian (serapan) anggaran dalam persen, misalnya 96,25; 0 "
                 "memberi "
                 "#DIV/0! pada metode RASIO." SEL_KOSONG_ID,
                 "Budget achievement (absorption) in percent, e.g. 96.25; 0 "
                 "gives "
                 "#DIV/0! with the RASIO method." SEL_KOSONG_EN,
                 ARG_ANGKA, false},
                {"metode", "method",
                 "Opsional: \"RASIO\" (bawaan) atau \"SELISIH\".",
                 "Optional: \"RASIO\" (default) or \"SELISIH\".", ARG_PILIHAN,
                 true},
            },
        .hitung = kernel_efisiensi,
    },
    {
        .nama = "KATEGORI",
        .uraian_id =
            "Kategori (predikat) sebuah nilai pada skala resmi atau skala "
            "sendiri; nilai dibulatkan ke 2 desimal sebelum dicari. Rentang "
            "skala sendiri: batas bawah naik | label | \">\" bila batas "
            "eksklusif.",
        .uraian_en =
            "The category label of a value on an official or a custom "
            "scale; the value is rounded to 2 decimals before the look-up. "
            "A custom scale range: ascending lower bound | label | \">\" for "
            "an exclusive bound.",
        .jumlah_argumen = KATEGORI_N_ARG,
        .argumen =
            {
                {"nilai", "value",
                 "Nilai yang dikategorikan, misalnya capaian 110,93. Teks "
                 "kosong "
                 "memberi hasil kosong." SEL_KOSONG_ID,
                 "The value to categorise, e.g. an achievement of 110.93. "
                 "Empty "
                 "text gives an empty result." SEL_KOSONG_EN,
                 ARG_ANGKA, false},
                {"skala", "scale",
                 "Opsional: TINGKAT (bawaan), BERHASIL, EFISIENSI, "
                 "EFISIENSI_SELISIH, SPBE, PEMDI, SAKIP, IP_ASN, atau rentang "
                 "skala sendiri.",
                 "Optional: TINGKAT (default), BERHASIL, EFISIENSI, "
                 "EFISIENSI_SELISIH, SPBE, PEMDI, SAKIP, IP_ASN, or a custom "
                 "scale range.",
                 ARG_UTUH, true},
            },
        .siapkan = kernel_kategori_siapkan,
        .lepas = kernel_kategori_lepas,
        .hitung = kernel_kategori,
    },
    {
        .nama = "INDEKS_SPBE",
        .uraian_id =
            "Indeks SPBE tertimbang: jumlah nilai x bobot / jumlah bobot. "
            "Tanpa bobot: bobot resmi untuk 4 domain, 8 aspek atau 47 "
            "indikator (SPBE) atau 7 aspek atau 20 indikator (PEMDI).",
        .uraian_en =
            "Weighted SPBE index: sum of value x weight / sum of weights. "
            "Without weights: the official weights for 4 domains, 8 "
            "aspects or 47 indicators (SPBE) or 7 aspects or 20 indicators "
            "(PEMDI).",
        .jumlah_argumen = INDEKS_SPBE_N_ARG,
        .argumen =
            {
                {"nilai", "values",
                 "Rentang nilai tingkat kematangan 0-5 (PEMDI 1-5); sel kosong "
                 "memberi #N/A (penilaian belum lengkap).",
                 "Range of maturity levels 0-5 (PEMDI 1-5); an empty cell "
                 "gives "
                 "#N/A (incomplete assessment).",
                 ARG_UTUH, false},
                {"bobot", "weights",
                 "Opsional: rentang bobot berukuran sama (persen atau pecahan, "
                 ">= 0); tanpa bobot dipakai bobot resmi.",
                 "Optional: a range of weights of the same shape (percent or "
                 "fraction, >= 0); without it the official weights are used.",
                 ARG_UTUH, true},
                {"kerangka", "framework",
                 "Opsional: \"SPBE\" (bawaan, PermenPANRB 59/2020) atau "
                 "\"PEMDI\" (Indeks Pemerintah Digital, PermenPANRB "
                 "8/2026).",
                 "Optional: \"SPBE\" (default, PermenPANRB 59/2020) or "
                 "\"PEMDI\" (Digital Government Index, PermenPANRB "
                 "8/2026).",
                 ARG_UTUH, true},
            },
        .hitung = kernel_indeks_spbe,
    },
    {
        .nama = "SELISIH_RINCIAN",
        .uraian_id =
            "Selisih sebuah total dengan jumlah rinciannya, dalam rupiah "
            "utuh dan tepat: total - SUM(rincian). 0 berarti cocok; "
            "positif berarti total lebih besar dari rinciannya.",
        .uraian_en = "The difference between a total and the sum of its parts, "
                     "in exact whole rupiah: total - SUM(parts). 0 means they "
                     "agree; positive means the total exceeds its parts.",
        .jumlah_argumen = SELISIH_RINCIAN_N_ARG,
        .argumen =
            {
                {"total", "total",
                 "Total yang dilaporkan (rupiah utuh)." SEL_KOSONG_ID,
                 "The reported total (whole rupiah)." SEL_KOSONG_EN, ARG_ANGKA,
                 false},
                {"rincian", "parts",
                 "Rentang rinciannya (rupiah utuh); sel kosong tidak dihitung.",
                 "The range of its parts (whole rupiah); empty cells are not "
                 "counted.",
                 ARG_UTUH, false},
            },
        .hitung = kernel_selisih_rincian,
    },
    {
        .nama = "CEK_ANGGARAN",
        .uraian_id = "Pemeriksaan realisasi terhadap pagu: \"Sesuai\", "
                     "\"Melebihi pagu\" atau \"Belum ada realisasi\" (kosong "
                     "atau 0).",
        .uraian_en = "Checks spending against the allocation: \"Sesuai\" "
                     "(within), \"Melebihi pagu\" (over-spent) or \"Belum ada "
                     "realisasi\" (empty or 0).",
        .jumlah_argumen = CEK_ANGGARAN_N_ARG,
        .argumen =
            {
                {"pagu", "allocation",
                 "Pagu anggaran (rupiah utuh >= 0)." SEL_KOSONG_ID,
                 "Budget allocation (whole rupiah >= 0)." SEL_KOSONG_EN,
                 ARG_ANGKA, false},
                {"realisasi", "spending",
                 "Realisasi anggaran (rupiah utuh >= 0); kosong atau 0 berarti "
                 "belum ada realisasi.",
                 "Spending (whole rupiah >= 0); empty or 0 means nothing spent "
                 "yet.",
                 ARG_ANGKA, true},
            },
        .hitung = kernel_cek_anggaran,
    },
    {
        .nama = "REKAP_TRIWULAN",
        .uraian_id =
            "Nilai tahunan dari triwulan I-IV: \"JUMLAH\" (indikator "
            "aliran: jumlah triwulan yang terisi) atau \"AKHIR\" "
            "(tingkat, indeks, persen: triwulan terakhir yang terisi). "
            "Triwulan kosong bukan nol.",
        .uraian_en = "The year's value from quarters I-IV: \"JUMLAH\" (flows: "
                     "the sum of the filled quarters) or \"AKHIR\" (levels, "
                     "indices, percentages: the last filled quarter). Empty "
                     "quarters are not zeros.",
        .jumlah_argumen = REKAP_TRIWULAN_N_ARG,
        .argumen =
            {
                {"triwulan", "quarters",
                 "Satu sampai empat sel triwulan dalam satu baris (atau satu "
                 "kolom); rentang beberapa baris memberi satu hasil per baris.",
                 "One to four quarter cells in a row (or a column); a range of "
                 "several rows gives one result per row.",
                 ARG_BARIS, false},
                {"jenis", "kind", "\"JUMLAH\" (1) atau \"AKHIR\" (2).",
                 "\"JUMLAH\" (1) or \"AKHIR\" (2).", ARG_PILIHAN, false},
            },
        .hitung = kernel_rekap_triwulan,
    },
};

const size_t fungsi_jumlah = sizeof(fungsi_tabel) / sizeof(fungsi_tabel[0]);

/* KATEGORI's row spells its count out: it must stay the enum's. */
_Static_assert(KATEGORI_N_ARG == 2, "KATEGORI's row lists 2 arguments");
