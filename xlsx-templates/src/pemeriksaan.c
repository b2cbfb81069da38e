/*
 * pemeriksaan.c - the list of cross-checks (pemeriksaan.h).
 */
#include "pemeriksaan.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bulat.h"
#include "core/periksa_anggaran.h"
#include "core/rupiah.h"

typedef struct penyusun {
    const rencana *r;
    pemeriksaan *p;
    size_t kapasitas;
    bool memori_habis;
} penyusun;

const char *periksa_temuan_teks(periksa_temuan t)
{
    switch (t) {
    case TEMUAN_KOSONG:
        return "";
    case TEMUAN_COCOK:
        return "Cocok";
    case TEMUAN_TIDAK_COCOK:
        return "Tidak cocok";
    case TEMUAN_SESUAI:
        return periksa_anggaran_label(PERIKSA_ANGGARAN_SESUAI);
    case TEMUAN_MELEBIHI_PAGU:
        return periksa_anggaran_label(PERIKSA_ANGGARAN_MELEBIHI_PAGU);
    case TEMUAN_BELUM_ADA_REALISASI:
        return periksa_anggaran_label(PERIKSA_ANGGARAN_BELUM_DIISI);
    case TEMUAN_TETAP:
        return "Tetap";
    case TEMUAN_REVISI:
        return "Revisi";
    }
    return "";
}

bool periksa_temuan_salah(periksa_temuan t)
{
    return t == TEMUAN_TIDAK_COCOK || t == TEMUAN_MELEBIHI_PAGU;
}

const char *periksa_bagian_judul(periksa_bagian b, bool satu_buku)
{
    if (b == BAGIAN_ANTAR_BUKU && satu_buku)
        return "E. Revisi anggaran dan target (PK murni ke PK perubahan)";
    switch (b) {
    case BAGIAN_RINCIAN:
        return "A. Angka yang dilaporkan terhadap jumlah rinciannya "
               "(kegiatan, program, perangkat daerah)";
    case BAGIAN_PAGU:
        return "B. Realisasi terhadap pagu, per sub kegiatan";
    case BAGIAN_BELANJA:
        return "C. Belanja operasi + belanja modal terhadap jumlah anggaran";
    case BAGIAN_IKHTISAR:
        return "D. Angka Ikhtisar Eksekutif terhadap jumlah anggaran";
    case BAGIAN_ANTAR_BUKU:
        return "E. Angka yang sama di buku kerja lain (nilai dari rencana, "
               "seperti buku itu dibuat) dan revisi anggaran";
    case BAGIAN_KINERJA:
        return "F. Angka kinerja yang dilaporkan berbeda";
    case BAGIAN_JUMLAH:
        break;
    }
    return "";
}

/* A new row at the end of the list (zeroed), or NULL without memory. */
static periksa_baris *tambah(penyusun *s, periksa_bagian bagian,
                             periksa_cara cara, const char *kode,
                             const char *uraian)
{
    pemeriksaan *p = s->p;
    if (s->memori_habis)
        return NULL;
    if (p->jumlah == s->kapasitas) {
        size_t n = s->kapasitas ? 2 * s->kapasitas : 64;
        periksa_baris *baru = realloc(p->baris, n * sizeof *baru);
        if (!baru) {
            s->memori_habis = true;
            return NULL;
        }
        p->baris = baru;
        s->kapasitas = n;
    }
    periksa_baris *b = &p->baris[p->jumlah++];
    memset(b, 0, sizeof *b);
    b->bagian = bagian;
    b->cara = cara;
    b->kode = kode ? kode : "";
    b->uraian = uraian ? uraian : "";
    return b;
}

static periksa_nilai tetap(bool ada, double nilai, int desimal,
                           const char *label)
{
    periksa_nilai v;
    memset(&v, 0, sizeof v);
    v.sumber = SUMBER_TETAP;
    v.simpul = TIDAK_ADA;
    v.ada = ada;
    v.nilai = ada ? nilai : 0.0;
    v.desimal = desimal;
    snprintf(v.label, sizeof v.label, "%s", label);
    return v;
}

static periksa_nilai rupiah_tetap(bool ada, int64_t nilai, const char *label)
{
    return tetap(ada, (double)nilai, 0, label);
}

/* A cell of the Realisasi Anggaran sheet (simpul TIDAK_ADA: row I). */
static periksa_nilai anggaran(size_t indeks, anggaran_kolom kolom, bool ada,
                              int64_t nilai, const char *label)
{
    periksa_nilai v = rupiah_tetap(ada, nilai, label);
    v.sumber = SUMBER_ANGGARAN;
    v.simpul = indeks;
    v.kolom = kolom;
    return v;
}

/* Whole rupiah a - b, exactly (both below 2^53, so is the difference). */
static double selisih_rupiah(double a, double b)
{
    int64_t x = (int64_t)a, y = (int64_t)b, d = 0;
    if (rupiah_selisih(x, &y, 1, &d) != KINERJA_OK)
        return a - b;
    return (double)d;
}

/* Fills in selisih and temuan from a and b. */
static void simpulkan(periksa_baris *b)
{
    if (!b)
        return;
    b->ada_selisih = false;
    b->temuan = TEMUAN_KOSONG;
    switch (b->cara) {
    case CARA_ISIAN:
        return;
    case CARA_PAGU: {
        periksa_anggaran_temuan t;
        if (!b->b.ada ||
            periksa_anggaran(b->b.nilai, b->a.ada ? &b->a.nilai : NULL, &t) !=
                KINERJA_OK)
            return;
        b->temuan = t == PERIKSA_ANGGARAN_SESUAI ? TEMUAN_SESUAI
                    : t == PERIKSA_ANGGARAN_MELEBIHI_PAGU
                        ? TEMUAN_MELEBIHI_PAGU
                        : TEMUAN_BELUM_ADA_REALISASI;
        if (t == PERIKSA_ANGGARAN_MELEBIHI_PAGU) {
            b->ada_selisih = true;
            b->selisih = selisih_rupiah(b->a.nilai, b->b.nilai);
        }
        return;
    }
    case CARA_SELISIH:
    case CARA_REVISI:
    case CARA_POIN:
        break;
    }
    if (!b->a.ada || !b->b.ada)
        return;
    b->ada_selisih = true;
    if (b->poin) {
        int d = b->a.desimal > b->b.desimal ? b->a.desimal : b->b.desimal;
        b->selisih = bulat_desimal(b->a.nilai - b->b.nilai, d);
    } else {
        b->selisih = selisih_rupiah(b->a.nilai, b->b.nilai);
    }
    if (b->cara == CARA_REVISI)
        b->temuan = b->selisih == 0.0 ? TEMUAN_TETAP : TEMUAN_REVISI;
    else
        b->temuan = b->selisih == 0.0 ? TEMUAN_COCOK : TEMUAN_TIDAK_COCOK;
}

static void nama_instansi(const rencana *r, char *buf, size_t n)
{
    snprintf(buf, n, "%s %s", r->id.instansi, r->id.kabupaten);
}

/* ---- A: reported totals against their parts --------------------------- */

static void rincian_simpul(penyusun *s, size_t i)
{
    const rencana *r = s->r;
    const simpul *x = &r->simpul[i];
    if (x->jumlah_anak > 0) {
        const char *bawah =
            x->tingkat == TINGKAT_PROGRAM ? "kegiatannya" : "sub kegiatannya";
        char label[64];
        if (x->pagu.ada) {
            periksa_baris *b =
                tambah(s, BAGIAN_RINCIAN, CARA_SELISIH, x->kode, x->uraian);
            if (b) {
                b->a = anggaran(i, KOLOM_PAGU_LAPOR, true, x->pagu.nilai,
                                "Anggaran dilaporkan");
                snprintf(label, sizeof label, "Jumlah anggaran %s", bawah);
                b->b = anggaran(i, KOLOM_PAGU, true, x->jumlah_pagu, label);
            }
            simpulkan(b);
        }
        if (x->realisasi.ada) {
            periksa_baris *b =
                tambah(s, BAGIAN_RINCIAN, CARA_SELISIH, x->kode, x->uraian);
            if (b) {
                b->a = anggaran(i, KOLOM_REALISASI_LAPOR, true,
                                x->realisasi.nilai, "Realisasi dilaporkan");
                snprintf(label, sizeof label, "Jumlah realisasi %s", bawah);
                b->b = anggaran(i, KOLOM_REALISASI, x->ada_realisasi,
                                x->jumlah_realisasi, label);
            }
            simpulkan(b);
        }
    }
    for (size_t k = 0; k < x->jumlah_anak; k++)
        rincian_simpul(s, x->anak[k]);
}

/* Sub kegiatan in the order of the Realisasi Anggaran sheet. */
static void pagu_simpul(penyusun *s, size_t i)
{
    const simpul *x = &s->r->simpul[i];
    if (x->jumlah_anak == 0) {
        periksa_baris *b =
            tambah(s, BAGIAN_PAGU, CARA_PAGU, x->kode, x->uraian);
        if (b) {
            b->a = anggaran(i, KOLOM_REALISASI, x->realisasi.ada,
                            x->realisasi.nilai, "Realisasi");
            b->b = anggaran(i, KOLOM_PAGU, true, x->pagu.nilai, "Pagu");
        }
        simpulkan(b);
    }
    for (size_t k = 0; k < x->jumlah_anak; k++)
        pagu_simpul(s, x->anak[k]);
}

/* ---- C: belanja operasi + modal ----------------------------------------- */

static void belanja(penyusun *s, const char *instansi, bool realisasi)
{
    const rencana *r = s->r;
    const identitas *id = &r->id;
    const isian_rupiah *op =
        realisasi ? &id->realisasi_operasi : &id->pagu_operasi;
    const isian_rupiah *mo = realisasi ? &id->realisasi_modal : &id->pagu_modal;
    const char *apa = realisasi ? "Realisasi" : "Anggaran";
    char label[64];
    size_t dari = s->p->jumlah;
    const isian_rupiah *isi[2] = {op, mo};
    static const char *const nama[2] = {"Belanja operasi", "Belanja modal"};
    for (int k = 0; k < 2; k++) {
        periksa_baris *b = tambah(s, BAGIAN_BELANJA, CARA_ISIAN, "", nama[k]);
        if (!b)
            return;
        snprintf(label, sizeof label, "%s %s", apa,
                 k == 0 ? "belanja operasi" : "belanja modal");
        b->a = rupiah_tetap(isi[k]->ada, isi[k]->nilai, label);
        b->a.sumber = SUMBER_ISIAN;
    }
    periksa_baris *b = tambah(s, BAGIAN_BELANJA, CARA_SELISIH, "", instansi);
    if (!b)
        return;
    snprintf(label, sizeof label, "%s perangkat daerah (dihitung)", apa);
    b->a = anggaran(TIDAK_ADA, realisasi ? KOLOM_REALISASI : KOLOM_PAGU,
                    realisasi ? r->ada_realisasi : true,
                    realisasi ? r->jumlah_realisasi : r->jumlah_pagu, label);
    int64_t jumlah = (op->ada ? op->nilai : 0) + (mo->ada ? mo->nilai : 0);
    b->b = rupiah_tetap(op->ada || mo->ada, jumlah,
                        "Belanja operasi + belanja modal");
    b->b.sumber = SUMBER_RINCIAN;
    b->b.rincian_dari = dari;
    b->b.rincian_jumlah = 2;
    simpulkan(b);
}

/* ---- E: the other workbooks ------------------------------------------- */

static void antar_buku(penyusun *s, const char *instansi)
{
    const rencana *r = s->r;
    bool perubahan = rencana_ada_perubahan(r);
    /* one workbook: every sheet refers to the one cell, no copies */
    bool salinan = !s->p->satu_buku;
    const char *pk = perubahan ? "PK Perubahan" : "Perjanjian Kinerja";
    char label[64];
    size_t np = 0;
    size_t *prog = rencana_program(r, &np);
    if (!prog) {
        s->memori_habis = true;
        return;
    }
    for (size_t k = 0; k < np; k++) {
        size_t i = prog[k];
        const simpul *x = &r->simpul[i];
        periksa_baris *b;
        if (salinan && x->sasaran != TIDAK_ADA) {
            b = tambah(s, BAGIAN_ANTAR_BUKU, CARA_SELISIH, x->kode, x->uraian);
            if (b) {
                b->a = anggaran(i, KOLOM_PAGU, true, x->jumlah_pagu,
                                "Anggaran (Realisasi Anggaran)");
                b->b = rupiah_tetap(true, x->jumlah_pagu,
                                    "Pagu di Pengukuran Kinerja");
            }
            simpulkan(b);
            b = tambah(s, BAGIAN_ANTAR_BUKU, CARA_SELISIH, x->kode, x->uraian);
            if (b) {
                b->a = anggaran(i, KOLOM_REALISASI, x->ada_realisasi,
                                x->jumlah_realisasi,
                                "Realisasi (Realisasi Anggaran)");
                b->b = rupiah_tetap(x->ada_realisasi, x->jumlah_realisasi,
                                    "Realisasi di Pengukuran Kinerja");
            }
            simpulkan(b);
        }
        if (salinan) {
            b = tambah(s, BAGIAN_ANTAR_BUKU, CARA_SELISIH, x->kode, x->uraian);
            if (b) {
                b->a = anggaran(i, KOLOM_PAGU, true, x->jumlah_pagu,
                                "Anggaran (Realisasi Anggaran)");
                snprintf(label, sizeof label, "Anggaran di %s", pk);
                b->b = rupiah_tetap(true, x->jumlah_pagu, label);
            }
            simpulkan(b);
        }
        if (perubahan && x->ada_murni) {
            b = tambah(s, BAGIAN_ANTAR_BUKU, CARA_REVISI, x->kode, x->uraian);
            if (b) {
                /* one workbook: the PK Perubahan shows the pagu typed on
                 * the Realisasi Anggaran sheet */
                b->a = salinan ? rupiah_tetap(true, x->jumlah_pagu,
                                              "Anggaran PK Perubahan")
                               : anggaran(i, KOLOM_PAGU, true, x->jumlah_pagu,
                                          "Anggaran PK Perubahan");
                b->b = rupiah_tetap(true, x->jumlah_murni, "Anggaran PK Murni");
            }
            simpulkan(b);
        }
    }

    /* the organisation's totals as each workbook sums them */
    int64_t pagu_ukur = 0, real_ukur = 0;
    bool ada_ukur = false;
    for (size_t k = 0; k < np; k++) {
        const simpul *x = &r->simpul[prog[k]];
        if (x->sasaran == TIDAK_ADA)
            continue;
        pagu_ukur += x->jumlah_pagu;
        if (x->ada_realisasi) {
            ada_ukur = true;
            real_ukur += x->jumlah_realisasi;
        }
    }
    free(prog);
    int64_t pagu_ring, real_ring;
    bool ada_ring;
    rencana_anggaran_jenis(r, KELOMPOK_SASARAN, &pagu_ring, &ada_ring,
                           &real_ring);
    static const char *const l_pagu = "Anggaran perangkat daerah (dihitung)";
    static const char *const l_real = "Realisasi perangkat daerah (dihitung)";
    const struct {
        bool realisasi;
        bool ada;
        int64_t nilai;
        const char *label;
    } total[] = {
        {false, true, pagu_ukur, "Jumlah pagu di Pengukuran Kinerja"},
        {true, ada_ukur, real_ukur, "Jumlah realisasi di Pengukuran Kinerja"},
        {false, true, pagu_ring, "Jumlah alokasi di Ringkasan"},
        {true, ada_ring, real_ring, "Jumlah realisasi di Ringkasan"},
        {false, true, r->jumlah_pagu, NULL},
    };
    for (size_t k = 0; salinan && k < sizeof total / sizeof total[0]; k++) {
        periksa_baris *b =
            tambah(s, BAGIAN_ANTAR_BUKU, CARA_SELISIH, "", instansi);
        if (!b)
            return;
        if (total[k].realisasi)
            b->a = anggaran(TIDAK_ADA, KOLOM_REALISASI, r->ada_realisasi,
                            r->jumlah_realisasi, l_real);
        else
            b->a =
                anggaran(TIDAK_ADA, KOLOM_PAGU, true, r->jumlah_pagu, l_pagu);
        if (total[k].label) {
            b->b = rupiah_tetap(total[k].ada, total[k].nilai, total[k].label);
        } else {
            snprintf(label, sizeof label, "Total anggaran di %s", pk);
            b->b = rupiah_tetap(true, total[k].nilai, label);
        }
        simpulkan(b);
    }
    if (perubahan && r->ada_murni) {
        periksa_baris *b =
            tambah(s, BAGIAN_ANTAR_BUKU, CARA_REVISI, "", instansi);
        if (b) {
            b->a = salinan
                       ? rupiah_tetap(true, r->jumlah_pagu,
                                      "Total anggaran PK Perubahan")
                       : anggaran(TIDAK_ADA, KOLOM_PAGU, true, r->jumlah_pagu,
                                  "Total anggaran PK Perubahan");
            b->b =
                rupiah_tetap(true, r->jumlah_murni, "Total anggaran PK Murni");
        }
        simpulkan(b);
    }
    /* targets revised in the PK Perubahan */
    for (size_t i = 0; perubahan && i < r->jumlah_indikator; i++) {
        const indikator *d = &r->indikator[i];
        if (!d->target_murni.ada)
            continue;
        periksa_baris *b =
            tambah(s, BAGIAN_ANTAR_BUKU, CARA_REVISI, d->kode, d->uraian);
        if (!b)
            return;
        b->poin = true;
        b->a = tetap(true, d->target.nilai, d->target.desimal,
                     "Target PK Perubahan");
        b->b = tetap(true, d->target_murni.nilai, d->target_murni.desimal,
                     "Target PK Murni");
        simpulkan(b);
    }
}

/* ---- F: performance figures printed differently ------------------------ */

static void kinerja(penyusun *s)
{
    const rencana *r = s->r;
    for (size_t k = 0; k < r->jumlah_renstra; k++) {
        const renstra_isian *e = &r->renstra[k];
        if (!e->realisasi_dilaporkan.ada || e->indikator == TIDAK_ADA)
            continue;
        const indikator *d = &r->indikator[e->indikator];
        bool kini = e->tahun == r->id.tahun;
        const isian_angka *dipakai = kini ? &d->realisasi : &e->realisasi;
        periksa_baris *b =
            tambah(s, BAGIAN_KINERJA, CARA_POIN, d->kode, d->uraian);
        if (!b)
            return;
        b->poin = true;
        char label[64];
        snprintf(label, sizeof label, "Realisasi %d yang dilaporkan", e->tahun);
        b->a = tetap(true, e->realisasi_dilaporkan.nilai,
                     e->realisasi_dilaporkan.desimal, label);
        snprintf(label, sizeof label, "Realisasi %d yang dipakai (%s)",
                 e->tahun, kini ? "Pengukuran Kinerja" : "renstra.csv");
        b->b = tetap(dipakai->ada, dipakai->nilai, dipakai->desimal, label);
        if (kini && s->p->satu_buku) {
            /* the one cell it is typed in, on this workbook's sheet */
            b->b.sumber = SUMBER_KINERJA;
            b->b.indikator = e->indikator;
        }
        simpulkan(b);
    }
}

bool pemeriksaan_susun(const rencana *r, pemeriksaan *p)
{
    return pemeriksaan_susun_buku(r, false, p);
}

bool pemeriksaan_susun_buku(const rencana *r, bool satu_buku, pemeriksaan *p)
{
    memset(p, 0, sizeof *p);
    p->satu_buku = satu_buku;
    penyusun s = {r, p, 0, false};
    size_t n_instansi = strlen(r->id.instansi) + strlen(r->id.kabupaten) + 2;
    p->instansi = malloc(n_instansi);
    if (!p->instansi)
        return false;
    nama_instansi(r, p->instansi, n_instansi);
    const char *instansi = p->instansi;
    const identitas *id = &r->id;

    /* A: the organisation (row I), then the tree in sheet order */
    if (id->pagu_dilaporkan.ada) {
        periksa_baris *b =
            tambah(&s, BAGIAN_RINCIAN, CARA_SELISIH, "", instansi);
        if (b) {
            b->a = anggaran(TIDAK_ADA, KOLOM_PAGU_LAPOR, true,
                            id->pagu_dilaporkan.nilai, "Anggaran dilaporkan");
            b->b = anggaran(TIDAK_ADA, KOLOM_PAGU, true, r->jumlah_pagu,
                            "Jumlah anggaran programnya");
        }
        simpulkan(b);
    }
    if (id->realisasi_dilaporkan.ada) {
        periksa_baris *b =
            tambah(&s, BAGIAN_RINCIAN, CARA_SELISIH, "", instansi);
        if (b) {
            b->a = anggaran(TIDAK_ADA, KOLOM_REALISASI_LAPOR, true,
                            id->realisasi_dilaporkan.nilai,
                            "Realisasi dilaporkan");
            b->b = anggaran(TIDAK_ADA, KOLOM_REALISASI, r->ada_realisasi,
                            r->jumlah_realisasi, "Jumlah realisasi programnya");
        }
        simpulkan(b);
    }
    size_t np = 0;
    size_t *prog = rencana_program(r, &np);
    if (!prog)
        s.memori_habis = true;
    /* A and B: two rows per parent at most, one per sub kegiatan */
    size_t per_baris = 0;
    for (size_t i = 0; i < r->jumlah_simpul; i++)
        per_baris += r->simpul[i].jumlah_anak ? 2 : 1;
    p->jumlah_simpul = r->jumlah_simpul;
    p->dipangkas = per_baris > PERIKSA_BARIS_MAKS;
    for (size_t k = 0; prog && !p->dipangkas && k < np; k++)
        rincian_simpul(&s, prog[k]);
    /* B */
    for (size_t k = 0; prog && !p->dipangkas && k < np; k++)
        pagu_simpul(&s, prog[k]);
    free(prog);
    /* C */
    belanja(&s, instansi, false);
    belanja(&s, instansi, true);
    /* D */
    static const struct {
        bool realisasi;
        const char *label;
    } ikhtisar[] = {{false, "Anggaran menurut Ikhtisar Eksekutif"},
                    {true, "Realisasi menurut Ikhtisar Eksekutif"}};
    for (size_t k = 0; k < 2; k++) {
        const isian_rupiah *v = ikhtisar[k].realisasi ? &id->realisasi_ikhtisar
                                                      : &id->pagu_ikhtisar;
        if (!v->ada)
            continue;
        periksa_baris *b =
            tambah(&s, BAGIAN_IKHTISAR, CARA_SELISIH, "", instansi);
        if (!b)
            break;
        b->a = rupiah_tetap(true, v->nilai, ikhtisar[k].label);
        b->b = ikhtisar[k].realisasi
                   ? anggaran(TIDAK_ADA, KOLOM_REALISASI, r->ada_realisasi,
                              r->jumlah_realisasi,
                              "Realisasi perangkat daerah (dihitung)")
                   : anggaran(TIDAK_ADA, KOLOM_PAGU, true, r->jumlah_pagu,
                              "Anggaran perangkat daerah (dihitung)");
        simpulkan(b);
    }
    /* E, F */
    antar_buku(&s, instansi);
    kinerja(&s);

    if (s.memori_habis) {
        pemeriksaan_bebas(p);
        return false;
    }
    for (size_t i = 0; i < p->jumlah; i++)
        p->temuan += periksa_temuan_salah(p->baris[i].temuan);
    return true;
}

void pemeriksaan_bebas(pemeriksaan *p)
{
    free(p->baris);
    free(p->instansi);
    memset(p, 0, sizeof *p);
}
