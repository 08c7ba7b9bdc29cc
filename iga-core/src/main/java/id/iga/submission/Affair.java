package id.iga.submission;

/**
 * The government affair (urusan pemerintahan) an innovation serves, per UU 23/2014 and Permendagri 90/2019. Six of
 * them are basic-service affairs (urusan wajib pelayanan dasar): the count score is paid only when a region's
 * innovations cover enough of those.
 *
 * @since 1.0
 */
public enum Affair {
  /** Pendidikan. Basic service. */
  PENDIDIKAN("Pendidikan", true),
  /** Kesehatan. Basic service. */
  KESEHATAN("Kesehatan", true),
  /** Pekerjaan Umum dan Penataan Ruang. Basic service. */
  PEKERJAAN_UMUM("Pekerjaan Umum dan Penataan Ruang", true),
  /** Perumahan Rakyat dan Kawasan Permukiman. Basic service. */
  PERUMAHAN("Perumahan Rakyat dan Kawasan Permukiman", true),
  /** Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat. Basic service. */
  TRANTIBUM("Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat", true),
  /** Sosial. Basic service. */
  SOSIAL("Sosial", true),

  /** Tenaga Kerja. */
  TENAGA_KERJA("Tenaga Kerja", false),
  /** Pemberdayaan Perempuan dan Perlindungan Anak. */
  PEMBERDAYAAN_PEREMPUAN("Pemberdayaan Perempuan dan Perlindungan Anak", false),
  /** Pangan. */
  PANGAN("Pangan", false),
  /** Pertanahan. */
  PERTANAHAN("Pertanahan", false),
  /** Lingkungan Hidup. */
  LINGKUNGAN_HIDUP("Lingkungan Hidup", false),
  /** Administrasi Kependudukan dan Pencatatan Sipil. */
  ADMINDUK("Administrasi Kependudukan dan Pencatatan Sipil", false),
  /** Pemberdayaan Masyarakat dan Desa. */
  PEMBERDAYAAN_MASYARAKAT_DESA("Pemberdayaan Masyarakat dan Desa", false),
  /** Pengendalian Penduduk dan Keluarga Berencana. */
  KELUARGA_BERENCANA("Pengendalian Penduduk dan Keluarga Berencana", false),
  /** Perhubungan. */
  PERHUBUNGAN("Perhubungan", false),
  /** Komunikasi dan Informatika. */
  KOMINFO("Komunikasi dan Informatika", false),
  /** Koperasi, Usaha Kecil dan Menengah. */
  KOPERASI_UKM("Koperasi, Usaha Kecil dan Menengah", false),
  /** Penanaman Modal. */
  PENANAMAN_MODAL("Penanaman Modal", false),
  /** Kepemudaan dan Olah Raga. */
  KEPEMUDAAN_OLAHRAGA("Kepemudaan dan Olah Raga", false),
  /** Statistik. */
  STATISTIK("Statistik", false),
  /** Persandian. */
  PERSANDIAN("Persandian", false),
  /** Kebudayaan. */
  KEBUDAYAAN("Kebudayaan", false),
  /** Perpustakaan. */
  PERPUSTAKAAN("Perpustakaan", false),
  /** Kearsipan. */
  KEARSIPAN("Kearsipan", false),

  /** Kelautan dan Perikanan. */
  KELAUTAN_PERIKANAN("Kelautan dan Perikanan", false),
  /** Pariwisata. */
  PARIWISATA("Pariwisata", false),
  /** Pertanian. */
  PERTANIAN("Pertanian", false),
  /** Kehutanan. */
  KEHUTANAN("Kehutanan", false),
  /** Energi dan Sumber Daya Mineral. */
  ENERGI_SDM("Energi dan Sumber Daya Mineral", false),
  /** Perdagangan. */
  PERDAGANGAN("Perdagangan", false),
  /** Perindustrian. */
  PERINDUSTRIAN("Perindustrian", false),
  /** Transmigrasi. */
  TRANSMIGRASI("Transmigrasi", false),

  /** Supporting function: Perencanaan. */
  PERENCANAAN("Perencanaan", false),
  /** Supporting function: Keuangan. */
  KEUANGAN("Keuangan", false),
  /** Supporting function: Kepegawaian, Pendidikan dan Pelatihan. */
  KEPEGAWAIAN("Kepegawaian, Pendidikan dan Pelatihan", false),
  /** Supporting function: Penelitian dan Pengembangan. */
  PENELITIAN_PENGEMBANGAN("Penelitian dan Pengembangan", false),
  /** Supporting function: Pengawasan (Inspektorat). */
  PENGAWASAN("Pengawasan", false),
  /** Supporting function: Sekretariat Daerah and Sekretariat DPRD. */
  SEKRETARIAT("Sekretariat Daerah dan Sekretariat DPRD", false);

  private final String label;
  private final boolean basicService;

  Affair(String label, boolean basicService) {
    this.label = label;
    this.basicService = basicService;
  }

  /** @return the official Indonesian name */
  public String label() {
    return label;
  }

  /** @return whether it is one of the six basic-service affairs (urusan wajib pelayanan dasar) */
  public boolean basicService() {
    return basicService;
  }
}
