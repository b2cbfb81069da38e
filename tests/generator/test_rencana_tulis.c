/*
 * test_rencana_tulis.c - a plan written back as CSV (rencana_tulis_csv)
 * reads back as an equal plan: every value, kode and link compared field
 * by field, for the built-in example, for a plan of awkward values
 * (separators, quotes and line breaks in text, many decimals, large
 * rupiah, quarters, dates, the original PK's signatories) and for every
 * plan of the fuzzing corpus that builds.
 */
#include "uji.h"

#include <dirent.h>
#include <unistd.h>

#include "rencana.h"
#include "rencana_tulis.h"
#include "uji_folder.h"
#include "uji_rencana.h"

/* ---- comparing two plans ------------------------------------------------- */

static void sama_teks(const char *a, const char *b, const char *apa)
{
    if (strcmp(a ? a : "(null)", b ? b : "(null)"))
        fail_msg("%s: '%s' != '%s'", apa, a ? a : "(null)", b ? b : "(null)");
}

static void sama_angka(const isian_angka *a, const isian_angka *b,
                       const char *apa)
{
    if (a->ada != b->ada)
        fail_msg("%s: ada %d != %d", apa, a->ada, b->ada);
    if (a->ada && (a->nilai != b->nilai || a->desimal != b->desimal))
        fail_msg("%s: %.17g (%d desimal) != %.17g (%d desimal)", apa, a->nilai,
                 a->desimal, b->nilai, b->desimal);
}

static void sama_rupiah(const isian_rupiah *a, const isian_rupiah *b,
                        const char *apa)
{
    if (a->ada != b->ada || (a->ada && a->nilai != b->nilai))
        fail_msg("%s: %d/%lld != %d/%lld", apa, a->ada, (long long)a->nilai,
                 b->ada, (long long)b->nilai);
}

static void sama_orang(const penandatangan *a, const penandatangan *b)
{
    sama_teks(a->nama, b->nama, "nama");
    sama_teks(a->jabatan, b->jabatan, "jabatan");
    sama_teks(a->pangkat, b->pangkat, "pangkat");
    sama_teks(a->nip, b->nip, "nip");
}

static void sama_identitas(const identitas *a, const identitas *b)
{
    sama_teks(a->instansi, b->instansi, "instansi");
    sama_teks(a->singkatan, b->singkatan, "singkatan");
    sama_teks(a->kabupaten, b->kabupaten, "kabupaten");
    sama_teks(a->tempat, b->tempat, "tempat");
    assert_int_equal(a->tahun, b->tahun);
    assert_int_equal(a->ada_tanggal_pk, b->ada_tanggal_pk);
    assert_int_equal(a->ada_tanggal_pk_perubahan, b->ada_tanggal_pk_perubahan);
    assert_memory_equal(&a->tanggal_pk, &b->tanggal_pk, sizeof(tanggal));
    assert_memory_equal(&a->tanggal_pk_perubahan, &b->tanggal_pk_perubahan,
                        sizeof(tanggal));
    sama_orang(&a->kepala, &b->kepala);
    sama_orang(&a->atasan, &b->atasan);
    sama_orang(&a->kepala_murni, &b->kepala_murni);
    sama_orang(&a->atasan_murni, &b->atasan_murni);
    sama_teks(a->keterangan_pk, b->keterangan_pk, "keterangan_pk");
    sama_teks(a->keterangan_pk_perubahan, b->keterangan_pk_perubahan,
              "keterangan_pk_perubahan");
    sama_rupiah(&a->pagu_dilaporkan, &b->pagu_dilaporkan, "pagu_dilaporkan");
    sama_rupiah(&a->realisasi_dilaporkan, &b->realisasi_dilaporkan,
                "realisasi_dilaporkan");
    sama_rupiah(&a->pagu_ikhtisar, &b->pagu_ikhtisar, "pagu_ikhtisar");
    sama_rupiah(&a->realisasi_ikhtisar, &b->realisasi_ikhtisar,
                "realisasi_ikhtisar");
    sama_rupiah(&a->pagu_operasi, &b->pagu_operasi, "pagu_operasi");
    sama_rupiah(&a->pagu_modal, &b->pagu_modal, "pagu_modal");
    sama_rupiah(&a->realisasi_operasi, &b->realisasi_operasi,
                "realisasi_operasi");
    sama_rupiah(&a->realisasi_modal, &b->realisasi_modal, "realisasi_modal");
}

static void sama_indikator(const indikator *a, const indikator *b)
{
    sama_teks(a->kode, b->kode, "kode");
    sama_teks(a->uraian, b->uraian, "uraian");
    sama_teks(a->formulasi, b->formulasi, "formulasi");
    sama_teks(a->satuan, b->satuan, "satuan");
    sama_teks(a->predikat, b->predikat, "predikat");
    sama_teks(a->predikat_realisasi, b->predikat_realisasi,
              "predikat_realisasi");
    sama_teks(a->skala, b->skala, "skala");
    sama_angka(&a->target, &b->target, "target");
    sama_angka(&a->target_murni, &b->target_murni, "target_murni");
    sama_angka(&a->realisasi, &b->realisasi, "realisasi");
    assert_int_equal(a->arah, b->arah);
    assert_int_equal(a->triwulan, b->triwulan);
    if (a->triwulan)
        assert_int_equal(a->rekap, b->rekap);
    for (int q = 0; q < 4; q++) {
        sama_angka(&a->tw[q], &b->tw[q], "tw");
        sama_angka(&a->target_tw[q], &b->target_tw[q], "target_tw");
    }
    assert_int_equal(a->jenis_induk, b->jenis_induk);
    assert_int_equal(a->induk, b->induk);
}

static void sama_simpul(const simpul *a, const simpul *b)
{
    assert_int_equal(a->tingkat, b->tingkat);
    sama_teks(a->kode, b->kode, "kode");
    sama_teks(a->uraian, b->uraian, "uraian");
    assert_int_equal(a->induk, b->induk);
    assert_int_equal(a->sasaran, b->sasaran);
    sama_rupiah(&a->pagu_murni, &b->pagu_murni, "pagu_murni");
    sama_rupiah(&a->pagu, &b->pagu, "pagu");
    sama_rupiah(&a->realisasi, &b->realisasi, "realisasi");
    assert_int_equal(a->jumlah_anak, b->jumlah_anak);
    for (size_t i = 0; i < a->jumlah_anak; i++)
        assert_int_equal(a->anak[i], b->anak[i]);
    assert_int_equal(a->jumlah_pagu, b->jumlah_pagu);
    assert_int_equal(a->ada_murni, b->ada_murni);
    assert_int_equal(a->jumlah_murni, b->jumlah_murni);
    assert_int_equal(a->ada_realisasi, b->ada_realisasi);
    assert_int_equal(a->jumlah_realisasi, b->jumlah_realisasi);
}

/* Everything but line numbers (baris) and the catatan columns, which the
 * model does not keep. */
static void sama_rencana(const rencana *a, const rencana *b)
{
    sama_identitas(&a->id, &b->id);
    assert_int_equal(a->jumlah_kelompok, b->jumlah_kelompok);
    for (size_t i = 0; i < a->jumlah_kelompok; i++) {
        assert_int_equal(a->kelompok[i].jenis, b->kelompok[i].jenis);
        sama_teks(a->kelompok[i].kode, b->kelompok[i].kode, "kelompok kode");
        sama_teks(a->kelompok[i].uraian, b->kelompok[i].uraian,
                  "kelompok uraian");
        assert_int_equal(a->kelompok[i].induk, b->kelompok[i].induk);
    }
    assert_int_equal(a->jumlah_indikator, b->jumlah_indikator);
    for (size_t i = 0; i < a->jumlah_indikator; i++)
        sama_indikator(&a->indikator[i], &b->indikator[i]);
    assert_int_equal(a->jumlah_simpul, b->jumlah_simpul);
    for (size_t i = 0; i < a->jumlah_simpul; i++)
        sama_simpul(&a->simpul[i], &b->simpul[i]);
    assert_int_equal(a->jumlah_renstra, b->jumlah_renstra);
    for (size_t i = 0; i < a->jumlah_renstra; i++) {
        const renstra_isian *x = &a->renstra[i], *y = &b->renstra[i];
        assert_int_equal(x->indikator, y->indikator);
        assert_int_equal(x->tahun, y->tahun);
        sama_angka(&x->target, &y->target, "renstra target");
        sama_angka(&x->realisasi, &y->realisasi, "renstra realisasi");
        sama_angka(&x->realisasi_dilaporkan, &y->realisasi_dilaporkan,
                   "renstra realisasi_dilaporkan");
        sama_teks(x->predikat, y->predikat, "renstra predikat");
        sama_teks(x->predikat_realisasi, y->predikat_realisasi,
                  "renstra predikat_realisasi");
    }
    assert_int_equal(a->jumlah_pembanding, b->jumlah_pembanding);
    for (size_t i = 0; i < a->jumlah_pembanding; i++) {
        const pembanding_isian *x = &a->pembanding[i], *y = &b->pembanding[i];
        assert_int_equal(x->indikator, y->indikator);
        sama_teks(x->pemda, y->pemda, "pemda");
        sama_angka(&x->realisasi, &y->realisasi, "pembanding realisasi");
        sama_teks(x->keterangan, y->keterangan, "keterangan");
    }
    assert_int_equal(a->jumlah_pagu, b->jumlah_pagu);
    assert_int_equal(a->ada_murni, b->ada_murni);
    assert_int_equal(a->jumlah_murni, b->jumlah_murni);
    assert_int_equal(a->ada_realisasi, b->ada_realisasi);
    assert_int_equal(a->jumlah_realisasi, b->jumlah_realisasi);
}

/* ---- read -> write -> read ------------------------------------------------
 */

static void cetak(const galat_rencana *g)
{
    for (size_t i = 0; i < g->jumlah; i++)
        fprintf(stderr, "  %s\n", g->pesan[i]);
}

/* Writes r, reads the folder back and compares. */
static void bolak_balik(const rencana *r)
{
    char folder[] = "/tmp/uji-tulis-csv-XXXXXX";
    assert_non_null(mkdtemp(folder));
    galat_rencana g;
    galat_init(&g);
    generator_hasil h = rencana_tulis_csv(r, folder, false, &g);
    cetak(&g);
    assert_int_equal(h, HASIL_OK);
    /* written once, the files are not replaced without timpa */
    assert_int_equal(rencana_tulis_csv(r, folder, false, &g), HASIL_SUDAH_ADA);
    galat_bebas(&g);
    galat_init(&g);
    assert_int_equal(rencana_tulis_csv(r, folder, true, &g), HASIL_OK);
    rencana baru;
    bool ok = rencana_baca_folder(folder, &baru, &g);
    if (!ok) {
        cetak(&g);
        fail_msg("the written plan in %s does not read back", folder);
    }
    galat_bebas(&g);
    sama_rencana(r, &baru);
    rencana_bebas(&baru);
    uji_folder_kosongkan(folder);
    assert_int_equal(rmdir(folder), 0);
}

static void uji_contoh(void **state)
{
    (void)state;
    rencana r;
    galat_rencana g;
    uji_rencana_contoh(&r, &g);
    galat_bebas(&g);
    /* the example exercises every file */
    assert_true(r.jumlah_renstra > 0 && r.jumlah_pembanding > 0);
    bolak_balik(&r);
    rencana_bebas(&r);
}

static void uji_nilai_sulit(void **state)
{
    (void)state;
    const char *const isi[5] = {
        /* international notation in, Indonesian out */
        "kunci,nilai,catatan\n"
        "instansi,\"Dinas \"\"Uji\"\"; Satu\",x\n"
        "kabupaten,Kabupaten Ujì\n"
        "tahun,2025\n"
        "tanggal_pk,2025-01-02\n"
        "tanggal_pk_perubahan,23 September 2025\n"
        "kepala_nama,Budi\n"
        "kepala_nip,197001011990031001\n"
        "atasan_nama,Bupati\n"
        "atasan_pangkat,Pembina\n"
        "pk_murni_kepala_nama,Ani\n"
        "pk_murni_atasan_nama,Bupati\n"
        "pagu_dilaporkan,9007199254740992\n"
        "realisasi_belanja_modal,0\n",
        "tingkat,kode,induk,uraian,formulasi,satuan,target,predikat,"
        "target_murni,realisasi,arah,skala,rekap,tw1,tw2,tw3,tw4,target_tw1\n"
        "tujuan,T1,,\"Tujuan\nberbaris dua\",,,,,,,,,,,,,,\n"
        "sasaran,S1,T1,Sasaran,,,,,,,,,,,,,,\n"
        "indikator,I1,S1,Indeks,\"a;b\",%,0.1234567890123456,A,1000000,"
        "0.000001,TURUN,SPBE,,,,,,\n"
        "lainnya,L1,,Lainnya,,,,,,,,,,,,,,\n"
        "indikator,I2,L1,Triwulan,,,12.50,,,,NAIK,,AKHIR,1.5,,2.25,,3\n"
        "indikator,I3,SK1,Sub,,,1e0,,,,,,,,,,,\n",
        "tingkat,kode,induk,sasaran,uraian,pagu_murni,pagu,realisasi\n"
        "program,P1,,S1,Program,,,\n"
        "kegiatan,K1,P1,,Kegiatan,,,\n"
        "sub kegiatan,SK1,K1,,Sub,1000.00,123456789012,99\n",
        "indikator,tahun,target,predikat,realisasi,realisasi_dilaporkan\n"
        "I1,2024,3.5,B,,3.25\n",
        "indikator,pemda,realisasi,keterangan\n"
        "I1,\"Kota, Satu\",4.10,\"ket \"\"x\"\"\"\n"};
    rencana r;
    galat_rencana g;
    galat_init(&g);
    /* 1e0 is refused (no exponents): first check that the rest builds */
    bool ok = uji_rencana_dari_teks(isi, &r, &g);
    assert_false(ok);
    galat_bebas(&g);
    char kinerja[2048];
    snprintf(kinerja, sizeof kinerja, "%s", isi[1]);
    char *e = strstr(kinerja, "1e0");
    assert_non_null(e);
    memcpy(e, "7.0", 3);
    const char *const sah[5] = {isi[0], kinerja, isi[2], isi[3], isi[4]};
    galat_init(&g);
    ok = uji_rencana_dari_teks(sah, &r, &g);
    cetak(&g);
    galat_bebas(&g);
    assert_true(ok);
    /* what the writer must carry over */
    assert_string_equal(r.id.instansi, "Dinas \"Uji\"; Satu");
    assert_string_equal(r.id.kepala_murni.nama, "Ani");
    assert_string_equal(r.id.atasan_murni.pangkat, "");
    assert_string_equal(r.kelompok[0].uraian, "Tujuan\nberbaris dua");
    assert_int_equal(r.indikator[0].target.desimal, 16);
    assert_true(r.indikator[1].triwulan);
    assert_int_equal(r.id.pagu_dilaporkan.nilai, 9007199254740992LL);
    bolak_balik(&r);
    rencana_bebas(&r);
}

/* ---- the fuzzing corpus ----------------------------------------------------
 */

/* The corpus's form (tests/fuzz/fuzz_rencana.c): the files one after
 * another, each after the first behind a line "%%BERKAS%%". */
static int korpus_sah;

static void satu_korpus(const char *jalur)
{
    FILE *f = fopen(jalur, "rb");
    assert_non_null(f);
    static char data[1 << 20];
    size_t n = fread(data, 1, sizeof data - 1, f);
    fclose(f);
    data[n] = 0;
    if (memchr(data, 0, n))
        return; /* not text: never a plan */
    const char *isi[5] = {NULL};
    char *p = data;
    for (int i = 0; i < 5 && p; i++) {
        isi[i] = p;
        char *s = strstr(p, "%%BERKAS%%\n");
        if (s) {
            *s = 0;
            p = s + strlen("%%BERKAS%%\n");
        } else
            p = NULL;
    }
    rencana r;
    galat_rencana g;
    galat_init(&g);
    bool ok = uji_rencana_dari_teks(isi, &r, &g);
    galat_bebas(&g);
    if (!ok)
        return;
    korpus_sah++;
    bolak_balik(&r);
    rencana_bebas(&r);
}

static void uji_korpus(void **state)
{
    (void)state;
    DIR *d = opendir(UJI_FOLDER_KORPUS);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.') {
            char jalur[4096];
            snprintf(jalur, sizeof jalur, "%s/%s", UJI_FOLDER_KORPUS,
                     e->d_name);
            satu_korpus(jalur);
        }
    closedir(d);
    fprintf(stderr, "%d plans of the corpus build and read back equal\n",
            korpus_sah);
    /* the corpus holds the example and three readable variants of it (no
     * renstra.csv, no pembanding.csv, BOM and CRLF); the rest are broken
     * on purpose or found by the fuzzer */
    assert_true(korpus_sah >= 4);
}

int main(void)
{
    const struct CMUnitTest uji[] = {
        cmocka_unit_test(uji_contoh),
        cmocka_unit_test(uji_nilai_sulit),
        cmocka_unit_test(uji_korpus),
    };
    return cmocka_run_group_tests(uji, NULL, NULL);
}
