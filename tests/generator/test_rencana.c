/*
 * test_rencana.c - the plan model: the built-in example's tree and its
 * exact totals against the seed's printed figures, and the bad-input
 * matrix (each malformed plan gives its documented message, with file,
 * line and column).
 */
#include "uji.h"

#include "rencana.h"
#include "uji_rencana.h"

/* ------------------------------------------------------------------ */
/* The built-in example (contoh/mojokerto-2024)                          */

static rencana contoh;

static int siapkan_contoh(void **state)
{
    (void)state;
    galat_rencana g;
    galat_init(&g);
    bool ok = rencana_baca_contoh(&contoh, &g);
    for (size_t i = 0; i < g.jumlah; i++)
        fprintf(stderr, "%s\n", g.pesan[i]);
    galat_bebas(&g);
    return ok ? 0 : -1;
}

static int lepas_contoh(void **state)
{
    (void)state;
    rencana_bebas(&contoh);
    return 0;
}

static const simpul *cari(const char *kode)
{
    for (size_t i = 0; i < contoh.jumlah_simpul; i++)
        if (!strcmp(contoh.simpul[i].kode, kode))
            return &contoh.simpul[i];
    fail_msg("kode %s not in the example", kode);
    return NULL;
}

static const indikator *cari_indikator(const char *kode)
{
    for (size_t i = 0; i < contoh.jumlah_indikator; i++)
        if (!strcmp(contoh.indikator[i].kode, kode))
            return &contoh.indikator[i];
    fail_msg("indikator %s not in the example", kode);
    return NULL;
}

static void uji_pohon(void **state)
{
    (void)state;
    size_t n[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < contoh.jumlah_simpul; i++)
        n[contoh.simpul[i].tingkat]++;
    /* Tabel 3.5: 5 programs, 10 kegiatan, 22 sub kegiatan */
    assert_int_equal(n[TINGKAT_PROGRAM], 5);
    assert_int_equal(n[TINGKAT_KEGIATAN], 10);
    assert_int_equal(n[TINGKAT_SUB_KEGIATAN], 22);

    size_t np = 0;
    size_t *prog = rencana_program(&contoh, &np);
    static const char *const urut[] = {"2.16.01", "2.16.02", "2.16.03",
                                       "2.20.02", "2.21.02"};
    assert_int_equal(np, 5);
    for (size_t i = 0; i < np; i++) {
        const simpul *s = &contoh.simpul[prog[i]];
        assert_string_equal(s->kode, urut[i]);
        /* every program serves the one sasaran strategis (Tabel 3.6) */
        assert_string_equal(contoh.kelompok[s->sasaran].kode, "S1");
    }
    free(prog);

    const simpul *a = cari("2.16.01");
    assert_int_equal(a->jumlah_anak, 5);
    const simpul *umum = cari("2.16.01.2.06");
    assert_int_equal(umum->jumlah_anak, 5);
    assert_string_equal(contoh.simpul[umum->anak[3]].uraian,
                        "Fasilitasi Kunjungan Tamu");
    assert_ptr_equal(&contoh.simpul[umum->induk], a);
}

static void uji_jumlah_seed(void **state)
{
    (void)state;
    /* Tabel 3.5 row I, Tabel 3.7: 19.133.884.991 and 18.416.966.117 */
    assert_int_equal(contoh.jumlah_pagu, INT64_C(19133884991));
    assert_true(contoh.ada_realisasi);
    assert_int_equal(contoh.jumlah_realisasi, INT64_C(18416966117));
    /* Tabel 2.4: the original PK totals 16.411.036.500 */
    assert_true(contoh.ada_murni);
    assert_int_equal(contoh.jumlah_murni, INT64_C(16411036500));
    assert_true(contoh.id.pagu_dilaporkan.ada);
    assert_int_equal(contoh.id.pagu_dilaporkan.nilai, INT64_C(19133884991));
    assert_int_equal(contoh.id.realisasi_dilaporkan.nilai,
                     INT64_C(18416966117));
}

static void uji_jumlah_program(void **state)
{
    (void)state;
    static const struct {
        const char *kode;
        int64_t pagu, realisasi, murni;
    } program[] = {
        /* pagu and realisasi: Tabel 3.5 / Lampiran 4; murni: Tabel 2.4 */
        {"2.16.01", INT64_C(4706741900), INT64_C(4084919685),
         INT64_C(4531065000)},
        {"2.16.02", INT64_C(6894237591), INT64_C(6826128330),
         INT64_C(4410744500)},
        {"2.16.03", INT64_C(7284905500), INT64_C(7263616680),
         INT64_C(7219227000)},
        {"2.20.02", INT64_C(200000000), INT64_C(195486344), INT64_C(200000000)},
        {"2.21.02", INT64_C(48000000), INT64_C(46815078), INT64_C(50000000)},
    };
    int64_t dilaporkan = 0;
    for (size_t i = 0; i < UJI_JUMLAH(program); i++) {
        const simpul *s = cari(program[i].kode);
        assert_int_equal(s->jumlah_pagu, program[i].pagu);
        assert_int_equal(s->jumlah_realisasi, program[i].realisasi);
        assert_true(s->ada_murni);
        assert_int_equal(s->jumlah_murni, program[i].murni);
        /* the pagu the seed printed for each program equals the sum */
        assert_int_equal(s->pagu.nilai, program[i].pagu);
        dilaporkan += s->realisasi.nilai;
    }
    /* Program A as printed in Tabel 3.5 (sum of its printed kegiatan) */
    assert_int_equal(cari("2.16.01")->realisasi.nilai, INT64_C(4080018663));
    /* the LKjIP's Tabel 3.5: its five programs sum to 18.412.065.095 against
     * the printed total 18.416.966.117, a difference of 4.901.022 */
    assert_int_equal(dilaporkan, INT64_C(18412065095));
    assert_int_equal(contoh.jumlah_realisasi - dilaporkan, INT64_C(4901022));
}

static void uji_selisih_kegiatan(void **state)
{
    (void)state;
    /* the LKjIP's Tabel 3.5: Administrasi Umum 81.487.214 printed, 83.548.236
     * summed; Pemeliharaan BMD 132.256.669 printed, 135.096.669 summed */
    const simpul *umum = cari("2.16.01.2.06");
    assert_int_equal(umum->realisasi.nilai, INT64_C(81487214));
    assert_int_equal(umum->jumlah_realisasi, INT64_C(83548236));
    const simpul *pel = cari("2.16.01.2.09");
    assert_int_equal(pel->realisasi.nilai, INT64_C(132256669));
    assert_int_equal(pel->jumlah_realisasi, INT64_C(135096669));
    /* every other kegiatan agrees with its sub kegiatan */
    for (size_t i = 0; i < contoh.jumlah_simpul; i++) {
        const simpul *s = &contoh.simpul[i];
        if (s->tingkat != TINGKAT_KEGIATAN || s == umum || s == pel)
            continue;
        assert_int_equal(s->realisasi.nilai, s->jumlah_realisasi);
        assert_int_equal(s->pagu.nilai, s->jumlah_pagu);
    }
    /* a leaf's totals are its own figures */
    const simpul *tamu = cari("2.16.01.2.06.0008");
    assert_int_equal(tamu->jumlah_pagu, 4000000);
    assert_int_equal(tamu->jumlah_realisasi, 905000);
    assert_int_equal(tamu->jumlah_daun, 1);
    assert_int_equal(cari("2.16.01")->jumlah_daun, 13);
    assert_int_equal(cari("2.16.01")->daun_terisi, 13);
}

static void uji_indikator(void **state)
{
    (void)state;
    const indikator *spbe = cari_indikator("S1.1");
    assert_double_sama(spbe->target.nilai, 3.75);
    assert_int_equal(spbe->target.desimal, 2);
    assert_true(spbe->realisasi.ada);
    assert_double_sama(spbe->realisasi.nilai, 4.16);
    assert_string_equal(spbe->skala, "SPBE");
    assert_int_equal(spbe->arah, CAPAIAN_RUMUS_NAIK);
    assert_int_equal(spbe->jenis_induk, INDUK_KELOMPOK);
    assert_string_equal(contoh.kelompok[spbe->induk].kode, "S1");

    const indikator *sakip = cari_indikator("L1.1");
    assert_string_equal(sakip->predikat, "A");
    assert_string_equal(sakip->skala, "SAKIP");
    assert_double_sama(sakip->realisasi.nilai, 85.2);
    assert_int_equal(sakip->realisasi.desimal, 2);
    const indikator *persen = cari_indikator("L1.2");
    assert_string_equal(persen->satuan, "%");
    assert_string_equal(cari_indikator("L1.3")->skala, "IP_ASN");
    const indikator *gaji = cari_indikator("2.16.01.2.02.0001/1");
    assert_int_equal(gaji->jenis_induk, INDUK_SIMPUL);
    assert_string_equal(gaji->satuan, "Orang/14 Bulan");

    size_t n = 0;
    size_t *l = rencana_kelompok_jenis(&contoh, KELOMPOK_LAINNYA, &n);
    assert_int_equal(n, 2);
    free(l);
    const size_t *ind = rencana_indikator_dari(
        &contoh, INDUK_SIMPUL, (size_t)(cari("2.16.01") - contoh.simpul), &n);
    assert_int_equal(n, 4); /* Lampiran 2: four indicators of Program A */
    static const char *const kode_a[4] = {"2.16.01/1", "2.16.01/2", "2.16.01/3",
                                          "2.16.01/4"};
    for (size_t i = 0; i < 4; i++) /* in file order */
        assert_string_equal(contoh.indikator[ind[i]].kode, kode_a[i]);
}

/* The index by parent holds every indicator exactly once, under its own
 * parent, in file order. */
static void uji_indeks_indikator(void **state)
{
    (void)state;
    size_t dilihat = 0;
    for (size_t s = 0; s < contoh.jumlah_kelompok + contoh.jumlah_simpul; s++) {
        induk_jenis j =
            s < contoh.jumlah_kelompok ? INDUK_KELOMPOK : INDUK_SIMPUL;
        size_t induk = j == INDUK_KELOMPOK ? s : s - contoh.jumlah_kelompok;
        size_t n = 0;
        const size_t *ind = rencana_indikator_dari(&contoh, j, induk, &n);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(contoh.indikator[ind[i]].jenis_induk, j);
            assert_int_equal(contoh.indikator[ind[i]].induk, induk);
            if (i > 0)
                assert_true(ind[i] > ind[i - 1]);
        }
        dilihat += n;
    }
    assert_int_equal(dilihat, contoh.jumlah_indikator);
    size_t n = 7;
    assert_null(rencana_indikator_dari(&contoh, INDUK_SIMPUL,
                                       contoh.jumlah_simpul, &n));
    assert_int_equal(n, 0); /* a parent that does not exist has none */
}

static void uji_identitas_renstra(void **state)
{
    (void)state;
    const identitas *id = &contoh.id;
    assert_int_equal(id->tahun, 2024);
    assert_string_equal(id->kepala.nip, "197009271991011002");
    assert_string_equal(id->kepala.pangkat, "Pembina Utama Muda");
    assert_string_equal(id->atasan.nip, "");
    assert_true(id->ada_tanggal_pk_perubahan);
    assert_int_equal(id->tanggal_pk_perubahan.tahun, 2024);
    assert_int_equal(id->tanggal_pk_perubahan.bulan, 9);
    assert_int_equal(id->tanggal_pk_perubahan.hari, 23);
    assert_false(id->ada_tanggal_pk);
    assert_string_equal(id->kepala_murni.nama, id->kepala.nama);
    assert_string_equal(id->keterangan_pk_perubahan, "P APBD 2024");
    assert_true(rencana_ada_perubahan(&contoh));

    size_t i_spbe = (size_t)(cari_indikator("S1.1") - contoh.indikator), n = 0;
    size_t *rs = rencana_renstra_indikator(&contoh, i_spbe, &n);
    assert_int_equal(n, 6);
    for (size_t k = 0; k < n; k++)
        assert_int_equal(contoh.renstra[rs[k]].tahun, 2021 + (int)k);
    /* Tabel 3.3: the Renstra's final target 4 */
    assert_double_sama(contoh.renstra[rs[5]].target.nilai, 4.0);
    assert_false(contoh.renstra[rs[3]].realisasi_dilaporkan.ada);
    free(rs);
    /* the signed PK's program order: Persandian (4) before Statistik (5),
     * where anggaran.csv follows Tabel 3.5 */
    size_t *pk = rencana_program_pk(&contoh, &n);
    assert_int_equal(n, 5);
    static const char *const kode_pk[] = {"2.16.01", "2.16.02", "2.16.03",
                                          "2.21.02", "2.20.02"};
    for (size_t k = 0; k < n; k++)
        assert_string_equal(contoh.simpul[pk[k]].kode, kode_pk[k]);
    free(pk);
    /* Tabel 3.2's indicators of earlier years only, in file order: IKM
     * (2021), then SPBE, Satu Data dan KIP (2022, 2023) */
    assert_int_equal(contoh.jumlah_indikator_lama, 2);
    const renstra_isian *ikm =
        &contoh.renstra[contoh.indikator_lama[0].renstra];
    assert_string_equal(ikm->uraian,
                        "IKM Terhadap Pelayanan Komunikasi dan Informatika");
    assert_string_equal(ikm->sasaran, "Meningkatnya Kualitas Pelayanan "
                                      "Komunikasi dan Informatika");
    assert_string_equal(ikm->satuan, "%");
    assert_int_equal(ikm->indikator, TIDAK_ADA);
    rs = rencana_renstra_indikator(&contoh, contoh.jumlah_indikator, &n);
    assert_int_equal(n, 1);
    assert_int_equal(contoh.renstra[rs[0]].tahun, 2021);
    assert_double_sama(contoh.renstra[rs[0]].target.nilai, 95);
    assert_double_sama(contoh.renstra[rs[0]].realisasi.nilai, 96.49);
    free(rs);
    rs = rencana_renstra_indikator(&contoh, contoh.jumlah_indikator + 1, &n);
    assert_int_equal(n, 2);
    assert_string_equal(contoh.indikator_lama[1].kode, "R2022.1");
    assert_int_equal(contoh.renstra[rs[0]].tahun, 2022);
    assert_double_sama(contoh.renstra[rs[0]].realisasi.nilai, 103);
    assert_int_equal(contoh.renstra[rs[1]].tahun, 2023);
    assert_double_sama(contoh.renstra[rs[1]].realisasi.nilai, 100.96);
    assert_int_equal(contoh.renstra[rs[1]].lama, 1);
    free(rs);
    /* Tabel 3.2 prints 96,23 for the 2024 budget realisation */
    size_t i_persen = (size_t)(cari_indikator("L1.2") - contoh.indikator);
    rs = rencana_renstra_indikator(&contoh, i_persen, &n);
    assert_int_equal(n, 5);
    assert_int_equal(contoh.renstra[rs[3]].tahun, 2024);
    assert_double_sama(contoh.renstra[rs[3]].realisasi.nilai, 96.25);
    assert_true(contoh.renstra[rs[3]].realisasi_dilaporkan.ada);
    assert_double_sama(contoh.renstra[rs[3]].realisasi_dilaporkan.nilai, 96.23);
    assert_int_equal(contoh.renstra[rs[3]].realisasi_dilaporkan.desimal, 2);
    free(rs);
    /* the executive summary's totals, and belanja operasi / modal (Bab III
     * B) */
    assert_int_equal(id->pagu_ikhtisar.nilai, INT64_C(19133884991));
    assert_int_equal(id->realisasi_ikhtisar.nilai, INT64_C(18416966177));
    assert_int_equal(id->pagu_operasi.nilai, INT64_C(18915075391));
    assert_int_equal(id->pagu_modal.nilai, INT64_C(218809600));
    assert_int_equal(id->realisasi_operasi.nilai, INT64_C(18202763277));
    assert_int_equal(id->realisasi_modal.nilai, INT64_C(214202840));
    /* Tabel 3.4: the own row's Keterangan, then nine other regions'
     * Indeks SPBE 2024 */
    assert_int_equal(contoh.jumlah_pembanding, 10);
    size_t i_s11 = (size_t)(cari_indikator("S1.1") - contoh.indikator);
    rs = rencana_pembanding_indikator(&contoh, i_s11, &n);
    assert_int_equal(n, 10);
    assert_true(contoh.pembanding[rs[0]].sendiri);
    assert_false(contoh.pembanding[rs[0]].realisasi.ada);
    assert_true(strstr(contoh.pembanding[rs[0]].keterangan,
                       "Nomor 663 Tahun 2024") != NULL);
    assert_string_equal(contoh.pembanding[rs[1]].pemda,
                        "Kementerian Komunikasi dan Informatika");
    assert_false(contoh.pembanding[rs[1]].sendiri);
    assert_double_sama(contoh.pembanding[rs[1]].realisasi.nilai, 4.75);
    assert_string_equal(contoh.pembanding[rs[9]].pemda, "Kota Batu");
    assert_double_sama(contoh.pembanding[rs[9]].realisasi.nilai, 3.57);
    free(rs);
    assert_true(id->pagu_ikhtisar.ada && id->realisasi_ikhtisar.ada &&
                id->pagu_operasi.ada && id->pagu_modal.ada &&
                id->realisasi_operasi.ada && id->realisasi_modal.ada);
}

/* ------------------------------------------------------------------ */
/* Plans from text                                                       */

static const char *const ID_SAH = "kunci;nilai\n"
                                  "instansi;Dinas Uji\n"
                                  "kabupaten;Kabupaten Uji\n"
                                  "tahun;2025\n";
static const char *const KIN_SAH =
    "tingkat;kode;induk;uraian;satuan;target;realisasi;arah;skala\n"
    "sasaran;S1;;Sasaran satu;;;;;\n"
    "indikator;S1.1;S1;Indeks;;3,75;4,16;NAIK;SPBE\n";
static const char *const AGR_SAH =
    "tingkat;kode;induk;sasaran;uraian;pagu;realisasi\n"
    "program;P1;;S1;Program satu;;\n"
    "kegiatan;K1;P1;;Kegiatan satu;;\n"
    "sub kegiatan;SK1;K1;;Sub satu;1.000;900\n"
    "sub kegiatan;SK2;K1;;Sub dua;2.000;\n";

static bool bangun(const char *id, const char *kin, const char *agr,
                   const char *rs, rencana *r, galat_rencana *g)
{
    const char *const isi[UJI_RENCANA_BERKAS] = {id, kin, agr, rs, NULL};
    return uji_rencana_dari_teks(isi, r, g);
}

static void uji_rencana_kecil(void **state)
{
    (void)state;
    rencana r;
    galat_rencana g;
    galat_init(&g);
    assert_true(bangun(ID_SAH, KIN_SAH, AGR_SAH, NULL, &r, &g));
    assert_int_equal(r.jumlah_pagu, 3000);
    assert_int_equal(r.jumlah_realisasi, 900);
    const simpul *k1 = &r.simpul[1];
    assert_int_equal(k1->daun_terisi, 1);
    assert_int_equal(k1->jumlah_daun, 2);
    assert_false(r.ada_murni);
    assert_false(rencana_ada_perubahan(&r));
    rencana_bebas(&r);
    galat_bebas(&g);
}

/* Programs with a PK number come first in its order, the others after
 * them in file order. */
static void uji_urutan_pk(void **state)
{
    (void)state;
    rencana r;
    galat_rencana g;
    galat_init(&g);
    assert_true(bangun(ID_SAH, KIN_SAH,
                       "tingkat;kode;sasaran;uraian;pagu;urutan_pk\n"
                       "program;P1;S1;Satu;1;\nprogram;P2;S1;Dua;1;\n"
                       "program;P3;S1;Tiga;1;2\nprogram;P4;S1;Empat;1;1\n",
                       NULL, &r, &g));
    size_t n = 0;
    size_t *pk = rencana_program_pk(&r, &n);
    assert_int_equal(n, 4);
    static const char *const harap[] = {"P4", "P3", "P1", "P2"};
    for (size_t k = 0; k < n; k++)
        assert_string_equal(r.simpul[pk[k]].kode, harap[k]);
    free(pk);
    rencana_bebas(&r);
    galat_bebas(&g);
}

static void uji_rencana_koma(void **state)
{
    (void)state;
    rencana r;
    galat_rencana g;
    galat_init(&g);
    bool ok = bangun("kunci,nilai\ninstansi,Dinas Uji\nkabupaten,\"Kab, "
                     "Uji\"\ntahun,2025\ntanggal_pk,2025-01-31\n",
                     "tingkat,kode,induk,uraian,target,realisasi\n"
                     "sasaran,S1,,Sasaran,,\n"
                     "indikator,S1.1,S1,Indeks,3.75,4.16\n",
                     "tingkat,kode,induk,uraian,pagu,pagu_murni,realisasi\n"
                     "program,P1,,Program,19133884991,16411036500,"
                     "18416966117.00\n",
                     NULL, &r, &g);
    if (!ok)
        fail_msg("%s", g.jumlah ? g.pesan[0] : "?");
    assert_string_equal(r.id.kabupaten, "Kab, Uji");
    assert_double_sama(r.indikator[0].target.nilai, 3.75);
    assert_int_equal(r.jumlah_pagu, INT64_C(19133884991));
    assert_int_equal(r.jumlah_murni, INT64_C(16411036500));
    assert_int_equal(r.jumlah_realisasi, INT64_C(18416966117));
    assert_true(r.id.ada_tanggal_pk);
    rencana_bebas(&r);
    galat_bebas(&g);
}

/* Money tests use up to 100 000 lines of at most 9e10 rupiah each. */
static void uji_seratus_ribu_baris(void **state)
{
    (void)state;
    const size_t n = 100000;
    size_t kap = 200 + n * 80;
    char *agr = malloc(kap);
    assert_non_null(agr);
    size_t len = (size_t)snprintf(agr, kap,
                                  "tingkat;kode;induk;sasaran;uraian;pagu;"
                                  "realisasi\n"
                                  "program;P1;;S1;Program;;\n"
                                  "kegiatan;K1;P1;;Kegiatan;;\n");
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(agr + len, kap - len,
                                "sub kegiatan;SK%zu;K1;;Sub;89.999.999.999;"
                                "89.999.999.998\n",
                                i);
    rencana r;
    galat_rencana g;
    galat_init(&g);
    bool ok = bangun(ID_SAH, KIN_SAH, agr, NULL, &r, &g);
    free(agr);
    if (!ok)
        fail_msg("%s", g.jumlah ? g.pesan[0] : "?");
    assert_int_equal(r.jumlah_pagu, INT64_C(89999999999) * 100000);
    assert_int_equal(r.jumlah_realisasi, INT64_C(89999999998) * 100000);
    /* and exactly representable where a cell will hold it */
    assert_true((double)r.jumlah_pagu == 8999999999900000.0);
    rencana_bebas(&r);
    galat_bebas(&g);
}

/* ------------------------------------------------------------------ */
/* The bad-input matrix                                                  */

typedef struct kasus_salah {
    const char *nama;
    const char *identitas, *kinerja, *anggaran, *renstra; /* NULL: valid */
    const char *pesan; /* expected start of one of the messages */
} kasus_salah;

#define AGR_JUDUL "tingkat;kode;induk;sasaran;uraian;pagu;realisasi\n"
#define AGR_P_K                                                                \
    AGR_JUDUL "program;P1;;S1;Program satu;;\n"                                \
              "kegiatan;K1;P1;;Kegiatan satu;;\n"
#define KIN_JUDUL                                                              \
    "tingkat;kode;induk;uraian;satuan;target;realisasi;arah;skala\n"

static const kasus_salah tabel_salah[] = {
    {"unknown tingkat", NULL, NULL,
     AGR_JUDUL "program;P1;;S1;Program satu;;\n"
               "kegiatn;K1;P1;;Kegiatan satu;1.000;\n",
     NULL, "anggaran.csv:3:1: tingkat 'kegiatn' tidak dikenal"},
    {"empty tingkat", NULL, NULL,
     AGR_JUDUL "program;P1;;S1;Program satu;1.000;\n;X;;;X;1;\n", NULL,
     "anggaran.csv:3:1: tingkat kosong"},
    {"parent kode missing", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;K9;;Sub satu;1.000;900\n", NULL,
     "anggaran.csv:4:3: induk 'K9' tidak ditemukan"},
    {"parent of the wrong level", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;P1;;Sub satu;1.000;900\n", NULL,
     "anggaran.csv:4:3: induk 'P1' adalah program; sub kegiatan harus "
     "berinduk kegiatan"},
    {"no parent given", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;;;Sub satu;1.000;900\n", NULL,
     "anggaran.csv:4:3: sub kegiatan tanpa induk"},
    {"duplicate kode", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;K1;;Sub satu;1.000;900\n"
             "sub kegiatan;SK1;K1;;Sub dua;2.000;\n",
     NULL,
     "anggaran.csv:5: kode 'SK1' sudah dipakai sub kegiatan di "
     "anggaran.csv baris 4"},
    {"kode used in both files", NULL,
     KIN_JUDUL "sasaran;S1;;Sasaran;;;;;\nindikator;P1;S1;Indeks;;3,75;;;\n",
     NULL, NULL,
     "anggaran.csv:2: kode 'P1' sudah dipakai indikator di kinerja.csv "
     "baris 3"},
    {"empty required field (uraian)", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;K1;;;1.000;900\n", NULL,
     "anggaran.csv:4:5: uraian kosong, padahal wajib diisi"},
    {"empty kode", NULL, NULL, AGR_P_K "sub kegiatan;;K1;;Sub;1.000;900\n",
     NULL, "anggaran.csv:4:2: kode kosong, padahal wajib diisi"},
    {"non-number pagu", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;K1;;Sub satu;seribu;900\n", NULL,
     "anggaran.csv:4:6: pagu 'seribu' bukan angka"},
    {"pagu in the other notation", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;K1;;Sub satu;1000.50;900\n", NULL,
     "anggaran.csv:4:6: pagu '1000.50' bukan angka dalam notasi Indonesia"},
    {"rupiah with sen", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;K1;;Sub satu;1.000;900,50\n", NULL,
     "anggaran.csv:4:7: realisasi '900,50' rupiah harus bulat"},
    {"negative pagu", NULL, NULL, AGR_P_K "sub kegiatan;SK1;K1;;Sub satu;-5;\n",
     NULL, "anggaran.csv:4:6: pagu '-5' negatif"},
    {"Rp in front", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;K1;;Sub satu;Rp 1.000;\n", NULL,
     "anggaran.csv:4:6: pagu 'Rp 1.000' tulis angkanya saja, tanpa 'Rp'"},
    {"leaf without pagu", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;K1;;Sub satu;1.000;\n"
             "kegiatan;K2;P1;;Kegiatan dua;;\n",
     NULL, "anggaran.csv:5: pagu kosong pada kegiatan 'K2'"},
    {"required column missing", NULL, NULL,
     "tingkat;kode;induk;uraian\nprogram;P1;;Program\n", NULL,
     "anggaran.csv:1: kolom wajib 'pagu' tidak ada"},
    {"unknown column", NULL, NULL,
     "tingkat;kode;induk;uraian;pagu;pagu_murnii\nprogram;P1;;P;1;\n", NULL,
     "anggaran.csv:1:6: kolom 'pagu_murnii' tidak dikenal"},
    {"duplicate column", NULL, NULL,
     "tingkat;kode;induk;uraian;pagu;Pagu\nprogram;P1;;P;1;\n", NULL,
     "anggaran.csv:1:6: kolom 'Pagu' muncul dua kali"},
    {"more fields than the header", NULL, NULL,
     AGR_P_K "sub kegiatan;SK1;K1;;Sub satu;1.000;900;lebih\n", NULL,
     "anggaran.csv:4:8: baris ini memuat 8 kolom, baris judul hanya 7"},
    {"sasaran of a program missing", NULL, NULL,
     AGR_JUDUL "program;P1;;S9;Program satu;1.000;\n", NULL,
     "anggaran.csv:2:4: sasaran 'S9' tidak ditemukan"},
    {"sasaran column on a kegiatan", NULL, NULL,
     AGR_JUDUL "program;P1;;S1;Program;;\nkegiatan;K1;P1;S1;K;1;\n", NULL,
     "anggaran.csv:3:4: kolom sasaran hanya untuk baris program"},
    {"program with a parent", NULL, NULL,
     AGR_JUDUL "program;P1;X;S1;Program;1;\n", NULL,
     "anggaran.csv:2:3: program tidak mempunyai induk"},
    {"target in the wrong notation", NULL,
     KIN_JUDUL "sasaran;S1;;Sasaran;;;;;\nindikator;S1.1;S1;Indeks;;3.75;;;\n",
     NULL, NULL,
     "kinerja.csv:3:6: target '3.75' bukan angka dalam notasi Indonesia"},
    {"target missing", NULL,
     KIN_JUDUL "sasaran;S1;;Sasaran;;;;;\nindikator;S1.1;S1;Indeks;;;;;\n",
     NULL, NULL, "kinerja.csv:3:6: target kosong, padahal wajib diisi"},
    {"negative realisasi", NULL,
     KIN_JUDUL "sasaran;S1;;Sasaran;;;;;\n"
               "indikator;S1.1;S1;Indeks;;3,75;-1;;\n",
     NULL, NULL, "kinerja.csv:3:7: realisasi '-1' negatif"},
    {"indicator without parent", NULL,
     KIN_JUDUL "sasaran;S1;;Sasaran;;;;;\nindikator;S1.1;;Indeks;;3,75;;;\n",
     NULL, NULL, "kinerja.csv:3:3: indikator tanpa induk"},
    {"indicator under an indicator", NULL,
     KIN_JUDUL "sasaran;S1;;Sasaran;;;;;\n"
               "indikator;S1.1;S1;Indeks;;3,75;;;\n"
               "indikator;S1.2;S1.1;Lain;;1;;;\n",
     NULL, NULL, "kinerja.csv:4:3: induk 'S1.1' adalah indikator"},
    {"unknown arah", NULL,
     KIN_JUDUL "sasaran;S1;;Sasaran;;;;;\n"
               "indikator;S1.1;S1;Indeks;;3,75;;NAIKK;\n",
     NULL, NULL, "kinerja.csv:3:8: arah 'NAIKK' tidak dikenal"},
    {"unknown skala", NULL,
     KIN_JUDUL "sasaran;S1;;Sasaran;;;;;\n"
               "indikator;S1.1;S1;Indeks;;3,75;;;SPBEE\n",
     NULL, NULL, "kinerja.csv:3:9: skala 'SPBEE' tidak dikenal"},
    {"satuan with a double quote", NULL,
     KIN_JUDUL "sasaran;S1;;Sasaran;;;;;\n"
               "indikator;S1.1;S1;Indeks;\"a\"\"b\";3,75;;;\n",
     NULL, NULL, "kinerja.csv:3:5: satuan 'a\"b' memuat tanda kutip ganda"},
    {"target on a sasaran row", NULL,
     KIN_JUDUL "sasaran;S1;;Sasaran;;3;;;\nindikator;S1.1;S1;I;;3,75;;;\n",
     NULL, NULL, "kinerja.csv:2:6: target diisi pada baris sasaran"},
    {"sasaran under a sasaran", NULL,
     "tingkat;kode;induk;uraian;target\nsasaran;S1;;Sasaran;\n"
     "sasaran;S2;S1;Dua;\nindikator;S1.1;S1;I;1\n",
     NULL, NULL,
     "kinerja.csv:3:3: induk 'S1' adalah sasaran; induk sasaran "
     "harus tujuan"},
    {"quarters without rekap", NULL,
     "tingkat;kode;induk;uraian;target;rekap;tw1;tw2\n"
     "sasaran;S1;;Sasaran;;;;\nindikator;S1.1;S1;I;1;;2;3\n",
     NULL, NULL, "kinerja.csv:3:6: triwulan diisi tetapi rekap kosong"},
    {"unknown rekap", NULL,
     "tingkat;kode;induk;uraian;target;rekap;tw1\n"
     "sasaran;S1;;Sasaran;;;\nindikator;S1.1;S1;I;1;RATA;2\n",
     NULL, NULL, "kinerja.csv:3:6: rekap 'RATA' tidak dikenal"},
    {"realisasi typed beside the quarters", NULL,
     "tingkat;kode;induk;uraian;target;realisasi;rekap;tw1\n"
     "sasaran;S1;;Sasaran;;;;\nindikator;S1.1;S1;I;1;5;JUMLAH;2\n",
     NULL, NULL, "kinerja.csv:3:6: realisasi diisi bersama rekap triwulan"},
    {"quarter in the wrong notation", NULL,
     "tingkat;kode;induk;uraian;target;rekap;tw1\n"
     "sasaran;S1;;Sasaran;;;\nindikator;S1.1;S1;I;1;AKHIR;4.16\n",
     NULL, NULL,
     "kinerja.csv:3:7: tw1 '4.16' bukan angka dalam notasi "
     "Indonesia"},
    {"unknown identitas key",
     "kunci;nilai\ninstansi;D\nkabupaten;K\n"
     "tahun;2025\nkepala_namaa;X\n",
     NULL, NULL, NULL, "identitas.csv:5:1: kunci 'kepala_namaa' tidak dikenal"},
    {"duplicate identitas key",
     "kunci;nilai\ninstansi;D\nkabupaten;K\n"
     "tahun;2025\ntahun;2026\n",
     NULL, NULL, NULL,
     "identitas.csv:5:1: kunci 'tahun' sudah diisi di "
     "baris 4"},
    {"missing tahun", "kunci;nilai\ninstansi;D\nkabupaten;K\n", NULL, NULL,
     NULL, "identitas.csv: kunci wajib 'tahun' tidak ada"},
    {"empty instansi", "kunci;nilai\ninstansi;\nkabupaten;K\ntahun;2025\n",
     NULL, NULL, NULL,
     "identitas.csv:2:2: nilai 'instansi' kosong, padahal wajib diisi"},
    {"bad tahun", "kunci;nilai\ninstansi;D\nkabupaten;K\ntahun;24\n", NULL,
     NULL, NULL, "identitas.csv:4:2: tahun '24' harus angka tahun"},
    {"NIP read as a number by a spreadsheet",
     "kunci;nilai\ninstansi;D\nkabupaten;K\ntahun;2025\n"
     "kepala_nip;1,97009E+17\n",
     NULL, NULL, NULL,
     "identitas.csv:5:2: NIP '1,97009E+17' harus 18 angka (spasi boleh): "
     "lembar kerja membacanya sebagai angka"},
    {"impossible date",
     "kunci;nilai\ninstansi;D\nkabupaten;K\ntahun;2025\n"
     "tanggal_pk;31 Juni 2025\n",
     NULL, NULL, NULL,
     "identitas.csv:5:2: tanggal '31 Juni 2025' tidak "
     "dikenali"},
    {"belanja with sen",
     "kunci;nilai\ninstansi;D\nkabupaten;K\ntahun;2025\n"
     "realisasi_belanja_modal;214.202.840,50\n",
     NULL, NULL, NULL,
     "identitas.csv:5:2: realisasi_belanja_modal '214.202.840,50' rupiah "
     "harus bulat"},
    {"quarterly target in the wrong notation", NULL,
     "tingkat;kode;induk;uraian;target;rekap;target_tw1\n"
     "sasaran;S1;;Sasaran;;;\nindikator;S1.1;S1;I;1;AKHIR;3.75\n",
     NULL, NULL, "kinerja.csv:3:7: target_tw1 '3.75' bukan angka"},
    {"quarterly targets without rekap", NULL,
     "tingkat;kode;induk;uraian;target;rekap;target_tw4\n"
     "sasaran;S1;;Sasaran;;;\nindikator;S1.1;S1;I;1;;1\n",
     NULL, NULL, "kinerja.csv:3:6: triwulan diisi tetapi rekap kosong"},
    {"renstra: reported realisasi in the wrong notation", NULL, NULL, NULL,
     "indikator;tahun;realisasi;realisasi_dilaporkan\nS1.1;2024;4,16;4.16\n",
     "renstra.csv:2:4: realisasi_dilaporkan '4.16' bukan angka"},
    {"renstra: unknown indicator", NULL, NULL, NULL,
     "indikator;tahun;target\nX1;2024;1\n",
     "renstra.csv:2:1: indikator 'X1' tidak ditemukan"},
    {"renstra: year twice", NULL, NULL, NULL,
     "indikator;tahun;target\nS1.1;2024;1\nS1.1;2024;2\n",
     "renstra.csv:3: indikator 'S1.1' tahun 2024 sudah ada di baris 2"},
    {"renstra: an earlier indicator's row without its name", NULL, NULL, NULL,
     "indikator;tahun;target;uraian\nL1;2022;1;IKM\nL1;2023;1;\n",
     "renstra.csv:3:1: indikator 'L1' tidak ditemukan"},
    {"renstra: an earlier indicator named two ways", NULL, NULL, NULL,
     "indikator;tahun;target;uraian;satuan\nL1;2022;1;IKM;%\nL1;2023;1;IKM "
     "Kominfo;%\n",
     "renstra.csv:3: uraian indikator 'L1' berbeda dengan baris 2 ('IKM')"},
    {"renstra: the name of an indicator of the plan", NULL, NULL, NULL,
     "indikator;tahun;target;sasaran\nS1.1;2022;1;Sasaran lama\n",
     "renstra.csv:2:4: indikator 'S1.1' ada di rencana: uraian, sasaran"},
    {"renstra: an earlier indicator without a name", NULL, NULL, NULL,
     "indikator;tahun;target;uraian;satuan\nL1;2022;1;;%\n",
     "renstra.csv:2:4: uraian kosong: indikator 'L1' tidak ada di"},
    {"renstra: an earlier indicator's year twice", NULL, NULL, NULL,
     "indikator;tahun;target;uraian\nL1;2022;1;IKM\nL1;2022;2;IKM\n",
     "renstra.csv:3: indikator 'L1' tahun 2022 sudah ada di baris 2"},
    {"urutan_pk not a whole number", NULL, NULL,
     "tingkat;kode;induk;sasaran;uraian;pagu;urutan_pk\n"
     "program;P1;;S1;Program satu;1;1,5\n",
     NULL, "anggaran.csv:2:7: urutan_pk '1.5' harus bilangan bulat 1"},
    {"urutan_pk zero", NULL, NULL,
     "tingkat;kode;induk;sasaran;uraian;pagu;urutan_pk\n"
     "program;P1;;S1;Program satu;1;0\n",
     NULL, "anggaran.csv:2:7: urutan_pk '0' harus bilangan bulat 1"},
    {"urutan_pk on a kegiatan", NULL, NULL,
     "tingkat;kode;induk;sasaran;uraian;pagu;urutan_pk\n"
     "program;P1;;S1;Program satu;;1\nkegiatan;K1;P1;;Kegiatan;1;2\n",
     NULL, "anggaran.csv:3:7: urutan_pk hanya untuk baris program"},
    {"renstra: bad year", NULL, NULL, NULL,
     "indikator;tahun;target\nS1.1;dua ribu;1\n",
     "renstra.csv:2:2: tahun 'dua ribu' harus angka tahun"},
};

static void uji_salah(void **state)
{
    const kasus_salah *k = *state;
    rencana r;
    galat_rencana g;
    galat_init(&g);
    bool ok = bangun(k->identitas ? k->identitas : ID_SAH,
                     k->kinerja ? k->kinerja : KIN_SAH,
                     k->anggaran ? k->anggaran : AGR_SAH, k->renstra, &r, &g);
    assert_false(ok);
    assert_null(r.simpul); /* nothing half-built is left */
    bool ketemu = false;
    for (size_t i = 0; i < g.jumlah; i++)
        if (!strncmp(g.pesan[i], k->pesan, strlen(k->pesan)))
            ketemu = true;
    if (!ketemu) {
        for (size_t i = 0; i < g.jumlah; i++)
            fprintf(stderr, "  got: %s\n", g.pesan[i]);
        fail_msg("no message starts with '%s'", k->pesan);
    }
    galat_bebas(&g);
}

/* An anggaran.csv whose sub kegiatan uraian is `n` copies of `satuan`. */
static char *agr_uraian_panjang(const char *satuan, size_t n)
{
    static const char awal[] = AGR_P_K "sub kegiatan;SK1;K1;;";
    static const char akhir[] = ";1.000;900\n";
    size_t m = strlen(satuan);
    char *s = malloc(sizeof awal + n * m + sizeof akhir);
    assert_non_null(s);
    char *p = s + strlen(awal);
    memcpy(s, awal, strlen(awal));
    for (size_t i = 0; i < n; i++, p += m)
        memcpy(p, satuan, m);
    memcpy(p, akhir, sizeof akhir);
    return s;
}

/* A cell holds 32 767 characters (not bytes): one more is a plan error
 * with its place, found while reading, not when the workbook is written. */
static void uji_isian_terlalu_panjang(void **state)
{
    (void)state;
    rencana r;
    galat_rencana g;
    galat_init(&g);
    char *agr = agr_uraian_panjang("A", 32768);
    assert_false(bangun(ID_SAH, KIN_SAH, agr, NULL, &r, &g));
    assert_int_equal(g.jumlah, 1);
    assert_string_equal(g.pesan[0],
                        "anggaran.csv:4:5: uraian "
                        "'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA...' memuat 32768 "
                        "karakter; satu sel lembar kerja memuat paling "
                        "banyak 32.767");
    galat_bebas(&g);
    free(agr);

    /* two-byte characters: the RKT writes "SK1 " and the uraian in one
     * cell, so 32 763 of them (65 526 bytes) fill it exactly */
    galat_init(&g);
    agr = agr_uraian_panjang("\xc3\xa9", 32763);
    bool ok = bangun(ID_SAH, KIN_SAH, agr, NULL, &r, &g);
    if (!ok)
        fail_msg("%s", g.jumlah ? g.pesan[0] : "?");
    rencana_bebas(&r);
    galat_bebas(&g);
    free(agr);

    /* 32 768 four-byte characters: the quote in the message stops at a
     * whole character (28 bytes), where 30 would split the 8th */
    galat_init(&g);
    agr = agr_uraian_panjang("\xf0\x9f\x98\x80", 32768);
    assert_false(bangun(ID_SAH, KIN_SAH, agr, NULL, &r, &g));
    assert_int_equal(g.jumlah, 1);
    assert_non_null(strstr(g.pesan[0], "...' memuat 32768 karakter"));
    const char *kutip = strchr(g.pesan[0], '\'');
    assert_non_null(kutip);
    assert_int_equal(strstr(kutip, "...") - (kutip + 1), 28);
    galat_bebas(&g);
    free(agr);
}

/* Quarterly realisasi: the year follows from the quarters by rekap. */
static void uji_triwulan(void **state)
{
    (void)state;
    rencana r;
    galat_rencana g;
    galat_init(&g);
    bool ok = bangun(ID_SAH,
                     "tingkat;kode;induk;uraian;target;rekap;tw1;tw2;tw3;tw4\n"
                     "sasaran;S1;;Sasaran;;;;;;\n"
                     "indikator;S1.1;S1;Dokumen;19;JUMLAH;3;5;4;\n"
                     "indikator;S1.2;S1;Indeks;3,75;AKHIR;;4,1;4,16;\n"
                     "indikator;S1.3;S1;Belum;10;jumlah;;;;\n"
                     "indikator;S1.4;S1;Tahunan;10;;;;;\n",
                     AGR_SAH, NULL, &r, &g);
    if (!ok)
        fail_msg("%s", g.jumlah ? g.pesan[0] : "?");
    assert_true(r.indikator[0].triwulan);
    assert_int_equal(r.indikator[0].rekap, TRIWULAN_JUMLAH);
    assert_true(r.indikator[0].realisasi.ada);
    assert_double_sama(r.indikator[0].realisasi.nilai, 12.0);
    assert_int_equal(r.indikator[1].rekap, TRIWULAN_AKHIR);
    assert_double_sama(r.indikator[1].realisasi.nilai, 4.16);
    assert_int_equal(r.indikator[1].realisasi.desimal, 2);
    /* monitored quarterly, nothing reported yet: no value, not 0 */
    assert_true(r.indikator[2].triwulan);
    assert_false(r.indikator[2].realisasi.ada);
    assert_false(r.indikator[3].triwulan);
    rencana_bebas(&r);
    galat_bebas(&g);
}

/* pembanding.csv (Tabel 3.4): other regions' figures for an indicator. */
static bool bangun_pembanding(const char *pb, rencana *r, galat_rencana *g)
{
    const char *const isi[UJI_RENCANA_BERKAS] = {ID_SAH, KIN_SAH, AGR_SAH, NULL,
                                                 pb};
    return uji_rencana_dari_teks(isi, r, g);
}

static void uji_pembanding(void **state)
{
    (void)state;
    rencana r;
    galat_rencana g;
    galat_init(&g);
    assert_true(bangun_pembanding("indikator;pemda;realisasi;keterangan\n"
                                  "S1.1;Kota Batu;3,57;\n"
                                  "S1.1;Kabupaten Gresik;;belum terbit\n"
                                  "S1.1;kabupaten  uji;;SK 663/2024\n",
                                  &r, &g));
    assert_int_equal(r.jumlah_pembanding, 3);
    /* the plan's own region (identitas kabupaten, spelt loosely): only its
     * Keterangan */
    assert_false(r.pembanding[1].sendiri);
    assert_true(r.pembanding[2].sendiri);
    assert_string_equal(r.pembanding[2].keterangan, "SK 663/2024");
    assert_int_equal(r.pembanding[0].indikator, 0);
    assert_string_equal(r.pembanding[0].pemda, "Kota Batu");
    assert_double_sama(r.pembanding[0].realisasi.nilai, 3.57);
    assert_false(r.pembanding[1].realisasi.ada); /* to fill in later */
    assert_string_equal(r.pembanding[1].keterangan, "belum terbit");
    rencana_bebas(&r);

    static const struct {
        const char *isi, *pesan;
    } salah[] = {
        {"indikator;pemda;realisasi\nX9;Kota Batu;3,57\n",
         "pembanding.csv:2:1: indikator 'X9' tidak ditemukan"},
        {"indikator;pemda;realisasi\nS1;Kota Batu;3,57\n",
         "pembanding.csv:2:1: indikator 'S1' adalah sasaran; kolom indikator "
         "menunjuk indikator"},
        {"indikator;pemda;realisasi\nS1.1;;3,57\n",
         "pembanding.csv:2:2: pemda kosong"},
        {"indikator;pemda;realisasi\nS1.1;Kota Batu;3.57\n",
         "pembanding.csv:2:3: realisasi '3.57' bukan angka"},
        {"indikator;pemda;realisasi\nS1.1;Kota Batu;3,57\n"
         "S1.1;kota batu;3,58\n",
         "pembanding.csv:3: pemda 'kota batu' untuk indikator 'S1.1' sudah "
         "ada di baris 2"},
        {"indikator;pemda;realisasi\nS1.1;Kabupaten Uji;4,16\n",
         "pembanding.csv:2:3: realisasi Kabupaten Uji adalah realisasi "
         "rencana"},
        {"indikator;daerah;realisasi\nS1.1;Kota Batu;3,57\n",
         "pembanding.csv:1:2: kolom 'daerah' tidak dikenal"},
    };
    for (size_t k = 0; k < UJI_JUMLAH(salah); k++) {
        galat_bebas(&g);
        galat_init(&g);
        assert_false(bangun_pembanding(salah[k].isi, &r, &g));
        bool ketemu = false;
        for (size_t i = 0; i < g.jumlah; i++)
            ketemu |=
                !strncmp(g.pesan[i], salah[k].pesan, strlen(salah[k].pesan));
        if (!ketemu) {
            for (size_t i = 0; i < g.jumlah; i++)
                fprintf(stderr, "  got: %s\n", g.pesan[i]);
            fail_msg("no message starts with '%s'", salah[k].pesan);
        }
    }
    galat_bebas(&g);
}

static void uji_melampaui_2_53(void **state)
{
    (void)state;
    rencana r;
    galat_rencana g;
    galat_init(&g);
    bool ok = bangun(ID_SAH, KIN_SAH,
                     AGR_P_K "sub kegiatan;SK1;K1;;A;9.007.199.254.740.992;\n"
                             "sub kegiatan;SK2;K1;;B;1;\n",
                     NULL, &r, &g);
    assert_false(ok);
    assert_int_equal(g.jumlah, 1);
    assert_non_null(strstr(g.pesan[0], "melampaui 2^53"));
    galat_bebas(&g);
}

int main(void)
{
    const struct CMUnitTest contoh_uji[] = {
        cmocka_unit_test(uji_pohon),
        cmocka_unit_test(uji_jumlah_seed),
        cmocka_unit_test(uji_jumlah_program),
        cmocka_unit_test(uji_selisih_kegiatan),
        cmocka_unit_test(uji_indikator),
        cmocka_unit_test(uji_indeks_indikator),
        cmocka_unit_test(uji_identitas_renstra),
    };
    const struct CMUnitTest kecil[] = {
        cmocka_unit_test(uji_rencana_kecil),
        cmocka_unit_test(uji_urutan_pk),
        cmocka_unit_test(uji_rencana_koma),
        cmocka_unit_test(uji_seratus_ribu_baris),
        cmocka_unit_test(uji_melampaui_2_53),
        cmocka_unit_test(uji_triwulan),
        cmocka_unit_test(uji_isian_terlalu_panjang),
        cmocka_unit_test(uji_pembanding),
    };
    int gagal = cmocka_run_group_tests_name("contoh bawaan", contoh_uji,
                                            siapkan_contoh, lepas_contoh);
    gagal += cmocka_run_group_tests_name("rencana", kecil, NULL, NULL);
    gagal += uji_per_baris("masukan salah", tabel_salah, sizeof tabel_salah[0],
                           UJI_JUMLAH(tabel_salah), uji_salah);
    return gagal;
}
