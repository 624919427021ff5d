import type { GuideContent } from './types.ts'

/**
 * The guide in English: the same topics, steps and screenshots as id.ts (the screenshots show
 * the app in Bahasa Indonesia, its default language; button names are given as they appear).
 */
export const guideEn: GuideContent = {
  topics: [
    // ---------------------------------------------------------------- pegawai
    {
      id: 'mulai',
      roles: ['pegawai', 'atasan', 'admin', 'pic'],
      title: 'Getting started with Kinerja',
      summary:
        'Signing in, finding your way around Home and the menus, changing language or password.',
      keywords: ['sign in', 'login', 'NIP', 'password', 'menu', 'home', 'notifications', 'tour'],
      screen: '/',
      steps: [
        {
          text: 'Open Kinerja in the browser of your phone or computer. Sign in with your **NIP** (no spaces) and the password from your agency admin. At the first sign-in you are asked to choose a new password.',
        },
        {
          text: '**Home** (Beranda) shows a greeting, your short profile, the running assessment period with its deadline, and shortcuts to your work.',
          image: {
            file: 'beranda',
            alt: 'Home on a phone: greeting, short employee profile, and the bottom bar with Beranda, SKP, Progres, Penilaian and Lainnya.',
          },
        },
        {
          text: 'On a phone the main menus are in the **bottom bar**: Home, SKP, Progress, Assessment. Other menus (Help, supervisor and admin menus) are under **More** (Lainnya). On a computer all menus are on the left.',
        },
        {
          text: 'The **bell** at the top right holds your notifications: SKP approved or returned, supervisor feedback, assessment results, and ticket replies.',
        },
        {
          text: 'Tap your **initials** at the top right to open your profile, change your password, pick a language (Bahasa Indonesia or English) and sign out.',
        },
      ],
      tips: [
        'Never give your password to anyone, including your supervisor or an operator.',
        'Forgot your password? Ask the agency admin (BKPSDM) to reset it; you will be asked to change it when you sign in.',
        'Every page has a **Guide** link at the top that opens the matching topic.',
      ],
      related: ['skp', 'progres-harian', 'bantuan'],
    },
    {
      id: 'skp',
      roles: ['pegawai', 'atasan'],
      title: 'Writing your SKP and RHK',
      summary:
        'Creating the yearly SKP, writing work results (RHK) with indicators and targets, and submitting it to your supervisor.',
      keywords: [
        'employee performance targets',
        'work result plan',
        'indicator',
        'IKI',
        'target',
        'intervention',
        'submit',
        'copy SKP',
        'quantitative',
        'qualitative',
        'revision',
      ],
      screen: '/skp',
      steps: [
        {
          text: 'Open the **SKP** menu. If this year’s SKP does not exist yet, tap **Buat SKP** (Create SKP), pick the year and the approach (**Kuantitatif** when results can be counted). Tick **Salin dari SKP** (copy last year’s SKP) so you do not start from scratch.',
          image: {
            file: 'skp-saya',
            alt: 'My SKP page: the Buat SKP button, the completed SKP 2026 steps (create, write RHK, submit, approved), and an SKP card per year.',
          },
        },
        {
          text: 'In the **Hasil kerja** (work results) tab, tap **Tambah RHK utama** (add main RHK). First pick the **supervisor’s RHK you contribute to** (RHK atasan yang diintervensi).',
        },
        {
          text: 'Write the **work result** as an outcome to reach this year, not an activity. Then fill in the **indicators**: pick the aspect (quantity, quality, time), write the indicator and a **target** as a number with a unit. Tap **Simpan RHK** (save).',
          image: {
            file: 'skp-rhk',
            alt: 'RHK 1 card (main RHK) contributing to the supervisor’s RHK, with two indicators: quantity target 60 documents and time target 100%.',
          },
        },
        {
          text: 'Repeat for every work result. Tasks outside your main duties (for example a committee) go under **RHK tambahan** (additional RHK). Also check the **Perilaku kerja** (work behaviour) and **Lampiran** (appendix) tabs.',
        },
        {
          text: 'Tap **Ajukan ke atasan** (submit to supervisor). A checklist shows what is still missing. While it is being reviewed, the SKP cannot be changed.',
        },
        {
          text: 'If the SKP is **returned** (dikembalikan), read your supervisor’s note at the top, fix the RHK it mentions and submit again. Once **approved** (disetujui) the SKP applies; later changes go through **Ubah SKP (revisi baru)** (new revision).',
        },
      ],
      example: {
        title: 'A good RHK with indicators',
        lines: [
          'RHK: "Monthly staff attendance reports compiled accurately and on time."',
          'Quantity indicator: Number of attendance reports delivered — target 12 reports.',
          'Quality indicator: Share of attendance data accurate without corrections — target 100 %.',
          'Time indicator: Report delivered by the 5th of the following month — target 12 months.',
          'Not right: "Typing letters" — that is an activity, not a result.',
        ],
      },
      tips: [
        'You cannot submit while your supervisor has no RHK in their own SKP; keep yours as a draft and tell your supervisor.',
        'Supervisor data wrong or missing? Contact the agency admin; you can still write a draft.',
      ],
      related: ['progres-harian', 'skp-bawahan'],
    },
    {
      id: 'progres-harian',
      roles: ['pegawai'],
      title: 'Logging daily progress with evidence',
      summary:
        'Logging your work every working day, linking it to an RHK and attaching evidence — even without signal.',
      keywords: [
        'activity',
        'daily log',
        'evidence',
        'photo',
        'camera',
        'offline',
        'late',
        'template',
        'copy yesterday',
        'action plan',
        'sync',
      ],
      screen: '/progres-harian',
      steps: [
        {
          text: 'Open **Progress** (Progres). Pick a day in the week strip (the number = activities, **!** = something was late). Today is picked automatically.',
          image: {
            file: 'progres-harian',
            alt: 'Daily Progress page: week strip 23–29 November with the number of activities per day, the day title Friday 27 November, the Salin kemarin button and the Catat kegiatan button.',
          },
        },
        {
          text: 'Tap **Catat kegiatan** (log activity). Fill in the start and end time, then the **Uraian kegiatan** (description): what you did and what came out of it.',
          image: {
            file: 'progres-formulir',
            alt: 'The Catat kegiatan form: date, start and end time, a description verifying 12 promotion files, and the box with a good and an unclear example.',
          },
        },
        {
          text: 'Pick the **RHK it supports** (RHK yang didukung; activities without an RHK are flagged and do not count towards realisation), and fill in **Realisasi** and **Satuan** (amount and unit) when there is a countable result.',
        },
        {
          text: 'Under **Bukti dukung** (evidence), tap **Kamera** to take a photo or **Pilih berkas** to pick a PDF or document. Photos are shrunk automatically. You can also add a link (for example Google Drive).',
          image: {
            file: 'progres-bukti',
            alt: 'Lower part of the form: the supported RHK picked, realisation 12 files, and one photo as evidence with the Kamera and Pilih berkas buttons.',
          },
        },
        {
          text: 'Tap **Simpan kegiatan** (save). Log on the same day: activities logged after the on-time limit are marked **Terlambat** (late).',
        },
        {
          text: 'No signal? Save as usual. The activity waits on the phone (**Menunggu sinkron**, waiting to sync) and is sent automatically once connected, still counted as on time.',
        },
      ],
      example: {
        title: 'A good daily entry',
        lines: [
          '08.15–09.45 · RHK 1 · Realisation 12 files.',
          'Description: "Verified 12 promotion proposal files for December; returned 2 because the SKP was not attached."',
          'Evidence: a photo of the verification list or a screenshot of the cover letter.',
          'Unclear: "Did office work" with no evidence.',
        ],
      },
      tips: [
        'Repeating the same work? Save it as a **template**, or tap **Salin kemarin** (copy yesterday).',
        'Once your supervisor verifies an activity as **Sesuai** (correct), it can no longer be changed.',
        'The realisation numbers from daily progress are used to fill in the assessment’s realisation.',
      ],
      related: ['realisasi', 'skp'],
    },
    {
      id: 'realisasi',
      roles: ['pegawai'],
      title: 'Submitting realisation before the deadline',
      summary:
        'Each assessment period: filling in the realisation of every indicator, attaching evidence and submitting it to your supervisor before the deadline (batas pengisian).',
      keywords: [
        'deadline',
        'batas pengisian',
        'due date',
        'quarter',
        'period',
        'submit realisation',
        'extension',
        'late',
      ],
      screen: '/penilaian',
      steps: [
        {
          text: 'Open **Assessment** (Penilaian). The running period is highlighted with its **Batas pengisian** (deadline) and the days left. Tap **Isi realisasi** (fill in realisation).',
          image: {
            file: 'penilaian-saya',
            alt: 'Card for Triwulan IV 2026 with status not submitted, deadline 11 January 2027 at 23.59 WITA, 44 days left, and the Isi realisasi button.',
          },
        },
        {
          text: 'For each indicator, the **Dari progres harian** box shows the number logged in daily progress. Tap **Gunakan** (use) to take it, or type your own number with a reason when it differs.',
          image: {
            file: 'penilaian-realisasi',
            alt: 'Indicator "number of staff service requests processed" with a target of 60 documents, a suggestion of 10 documents from daily progress, and the realisation number and description fields.',
          },
        },
        {
          text: 'Write a short **Uraian realisasi** (description): what was produced. Add **Bukti dukung** (evidence: a photo, file, link, or one picked from daily progress).',
        },
        {
          text: 'Tap **Simpan draf** (save draft) to continue later. When every indicator is filled in, tap **Ajukan ke atasan** (submit) and then **Ya, ajukan**. After submitting, it cannot be changed.',
          image: {
            file: 'penilaian-ajukan',
            alt: 'The "Selesai mengisi?" box with the Simpan draf and Ajukan ke atasan buttons.',
          },
        },
        {
          text: 'The deadline ends at 23.59 agency time. After that the realisation cannot be submitted unless the admin grants an **extension** (perpanjangan); such a submission is recorded as late.',
        },
      ],
      example: {
        title: 'A good realisation description',
        lines: [
          '"34 transfer proposals verified; 2 returned because of missing documents."',
          'Reason when the number differs from daily progress: "2 documents were done during field duty and not logged; the evidence is attached."',
        ],
      },
      tips: [
        'Do not wait for the last day: the signal or the server may fail right at the deadline.',
        'Ill or on duty elsewhere so you could not make it? Ask the agency admin for an extension, before or after the deadline.',
      ],
      related: ['progres-harian', 'penilaian-saya'],
    },
    {
      id: 'penilaian-saya',
      roles: ['pegawai'],
      title: 'Seeing your assessment result and predikat',
      summary:
        'Reading your ratings, predikat and supervisor feedback, then accepting the result or filing an objection.',
      keywords: [
        'predikat',
        'rating',
        'work results',
        'work behaviour',
        'feedback',
        'accept result',
        'evaluation document',
        'PDF',
        'BerAKHLAK',
      ],
      screen: '/penilaian',
      steps: [
        {
          text: 'You are notified when your assessment is final. Open **Assessment** and tap **Lihat hasil** (see result) on that period.',
        },
        {
          text: 'The **Hasil penilaian** (result) section shows the **predikat** with the **rating of work results** and the **rating of work behaviour** (above, meeting, or below expectations).',
          image: {
            file: 'penilaian-hasil',
            alt: 'Assessment result: predikat Baik, work results and work behaviour rated as expected, the assessor’s name, and the Terima hasil and Unduh dokumen (PDF) buttons.',
          },
        },
        {
          text: 'Scroll down to read your **supervisor’s feedback** per RHK and for each BerAKHLAK value.',
        },
        {
          text: 'Agree? Tap **Terima hasil** (accept). Disagree? Tap **Ajukan keberatan** (file an objection) before its deadline (see the Objections topic). Tap **Unduh dokumen (PDF)** for the evaluation document.',
        },
      ],
      tips: [
        'The predikat comes from the quadrant: work results rating × work behaviour rating. Example: results as expected and behaviour as expected = Baik.',
        'A unit head’s work results rating follows their unit’s organisational predikat.',
      ],
      related: ['keberatan', 'realisasi'],
    },
    {
      id: 'keberatan',
      roles: ['pegawai', 'atasan'],
      title: 'Filing and deciding objections',
      summary:
        'When you disagree with a result: filing an objection with reasons and evidence; your assessor’s supervisor decides it.',
      keywords: ['objection', 'keberatan', 'appeal', 'disagree', 'decide objection'],
      screen: '/penilaian',
      steps: [
        {
          text: 'Open the final assessment result and tap **Ajukan keberatan** (file an objection). The button is there until the objection deadline shown under it.',
        },
        {
          text: 'Write the **reason** (Alasan keberatan): which work result or behaviour you think was judged wrongly, and the evidence. Tap **Kirim keberatan** (send).',
          image: {
            file: 'keberatan',
            alt: 'The objection form: the name of the assessor’s supervisor who decides, the objection deadline, and a reason that names the RHK and its evidence.',
          },
        },
        {
          text: 'The objection is reviewed by the **assessor’s supervisor** (your supervisor’s supervisor). The predikat does not change until it is decided; you are notified of the decision.',
        },
        {
          text: 'For the assessor’s supervisor: open **Team Assessments** (Penilaian Bawahan), choose **Keberatan**, then **Putuskan** (decide). Read the reason and evidence, then reject (predikat stays) or grant with new ratings, with a reason.',
        },
      ],
      example: {
        title: 'A good objection reason',
        lines: [
          '"Main RHK 2 reached 40 of 40 documents (evidence attached in daily progress) but was rated below expectations."',
        ],
      },
      tips: [
        'An objection can be filed once per assessment, and not after you tapped Terima hasil (accept).',
      ],
      related: ['penilaian-saya', 'menilai-bawahan'],
    },
    {
      id: 'bantuan',
      roles: ['pegawai', 'atasan', 'admin', 'pic'],
      title: 'Asking for help (helpdesk ticket)',
      summary:
        'Opening a ticket when something goes wrong, attaching a screenshot, replying to the PIC and closing the ticket.',
      keywords: ['ticket', 'helpdesk', 'problem', 'error', 'report', 'PIC', 'FAQ', 'question'],
      screen: '/bantuan',
      steps: [
        {
          text: 'First read the guide and the **FAQ** under **Help** (Bantuan): many questions are answered there.',
        },
        {
          text: 'Still stuck? From any screen, tap the **?** icon (**Minta bantuan**, ask for help) at the top right, or open **Help** → **Buat tiket** (open a ticket). Pick the **category**, write a **short subject**, then describe the problem: what you did and what happened.',
          image: {
            file: 'bantuan-tiket',
            alt: 'The ask-for-help form: category SKP, subject "cannot submit SKP 2026", the description of the problem, and the button to attach a screenshot.',
          },
        },
        {
          text: 'Attach a **screenshot** if you have one (an image or PDF, up to 5 MB) and send. The page, your unit, SKP and period are sent along, so the PIC does not need to ask again.',
        },
        {
          text: 'The ticket goes to your agency’s **helpdesk PIC**. Answers appear under **Help** → **Tiket saya** (my tickets) and in your notifications. When the PIC asks for details (**Menunggu pengguna**, waiting for you), write in **Balasan Anda** (your reply) and tap **Kirim balasan** (send).',
        },
        {
          text: 'When the problem is solved, tap **Tandai selesai** (mark done) and give a **service rating** of 1–5. If it comes back, tap **Buka kembali** (reopen).',
        },
      ],
      example: {
        title: 'A clear ticket',
        lines: [
          'Subject: "Cannot submit SKP 2026".',
          'Description: "When I tap Ajukan ke atasan, it says my supervisor has no RHK. My supervisor filled in the SKP yesterday. Screenshot attached."',
        ],
      },
      related: ['mulai', 'tiket'],
    },
    // ---------------------------------------------------------------- atasan
    {
      id: 'skp-bawahan',
      roles: ['atasan'],
      title: 'Reviewing and approving subordinates’ SKP',
      summary:
        'Reading the SKP a subordinate submitted, then approving it or returning it with notes on what to fix.',
      keywords: ['approve', 'return', 'approval', 'role–result matrix', 'cascading'],
      screen: '/skp/bawahan',
      steps: [
        {
          text: 'You are notified when a subordinate submits an SKP. Open **Team SKPs** (SKP Bawahan; on a phone: **More** → SKP Bawahan).',
          image: {
            file: 'skp-bawahan',
            alt: 'The SKP Bawahan page: status filter Diajukan and year 2026, approve-several checkbox, and I Made Ardika’s submitted SKP with the Periksa (review) button.',
          },
        },
        {
          text: 'Tap **Periksa** (review) on a **submitted** (Diajukan) SKP. Check every RHK: is it a result (not an activity), does it contribute to one of your RHK, does it have measurable indicators and targets?',
        },
        {
          text: 'Fine? Tap **Setujui** (approve). Needs work? Tap **Kembalikan** (return) and write a note that names the RHK and what to change.',
        },
        {
          text: 'Open the **Role–Result Matrix** (Matriks Peran Hasil) to see which of your RHK no subordinate contributes to.',
        },
      ],
      example: {
        title: 'A good return note',
        lines: [
          '"RHK 2 does not name a measurable result yet; add a target number of reports per month."',
        ],
      },
      tips: [
        'Several SKPs at once? Tick them in the list and approve them together.',
        'In the work behaviour tab you can write specific expectations for the subordinate.',
      ],
      related: ['skp', 'pemantauan'],
    },
    {
      id: 'pemantauan',
      roles: ['atasan'],
      title: 'Monitoring subordinates’ daily progress',
      summary:
        'Seeing who has not logged yet, checking evidence, verifying activities and giving feedback.',
      keywords: ['monitoring', 'verify', 'correct', 'needs fixing', 'feedback', 'subordinates'],
      screen: '/pemantauan',
      steps: [
        {
          text: 'Open **Monitoring** (Pemantauan; on a phone it is in the bottom bar). Pick a date; choose **Langsung** for direct subordinates or **Semua jenjang** for the whole unit.',
          image: {
            file: 'pemantauan',
            alt: 'The Pemantauan page: date picker, direct or all subordinates, and the summary of who has and has not logged.',
          },
        },
        {
          text: 'The summary boxes show who **has not logged**, **late** activities and those **waiting for your verification**. Tap a box to filter the list.',
        },
        {
          text: 'Tap a name to see their activities and evidence. Mark them **Sesuai** (correct), or **Perlu perbaikan** (needs fixing) with a note that says what to fix.',
        },
        {
          text: 'In the **Umpan balik** (feedback) tab, write feedback on a specific RHK. The employee is notified and can reply.',
        },
      ],
      tips: [
        'Holidays and weekends do not count as missed days.',
        'The page refreshes itself every 30 seconds.',
      ],
      related: ['menilai-bawahan', 'skp-bawahan'],
    },
    {
      id: 'menilai-bawahan',
      roles: ['atasan'],
      title: 'Rating subordinates with the quadrant',
      summary:
        'Reading realisation and evidence, writing feedback, choosing the results and behaviour ratings, then finalising.',
      keywords: [
        'rating',
        'quadrant',
        'predikat',
        'finalise',
        'feedback',
        'assessor',
        'very good',
        'needs improvement',
      ],
      screen: '/penilaian/bawahan',
      steps: [
        {
          text: 'Open **Team Assessments** (Penilaian Bawahan), pick the year and period. Subordinates who submitted their realisation show **Diajukan** (submitted). Tap **Nilai** (rate).',
          image: {
            file: 'penilaian-bawahan',
            alt: 'Penilaian Bawahan for Triwulan IV 2026: year and period pickers, the list of 17 subordinates, one with status Diajukan and the Nilai button.',
          },
        },
        {
          text: 'Per RHK, read the realisation, the evidence and the daily-progress summary. Write **feedback** for the RHK and for the BerAKHLAK values, then **Simpan umpan balik** (save feedback).',
        },
        {
          text: 'Choose the **work results rating** and the **work behaviour rating**. The predikat comes from the **quadrant**: rows are the results rating, columns the behaviour rating.',
          image: {
            file: 'menilai-kuadran',
            alt: 'The rating and predikat panel: above, meeting or below expectations for work results and work behaviour, with the predikat quadrant table below.',
          },
        },
        {
          text: 'Tap **Simpan penilaian** (save). Check the unit’s distribution chart (see the Distribution topic), then tap **Finalkan** (finalise). A final assessment is locked and the employee is notified.',
        },
      ],
      example: {
        title: 'The predikat quadrant',
        lines: [
          'Results above + behaviour above = Sangat Baik (very good).',
          'Results above or as expected + behaviour as expected or above = Baik (good).',
          'Results below + behaviour as expected or above = Butuh Perbaikan (needs improvement).',
          'Results above or as expected + behaviour below = Kurang/Misconduct.',
          'Results below + behaviour below = Sangat Kurang (very poor).',
          'Example feedback: "Reports on time and complete; keep up the quality of the analysis."',
        ],
      },
      tips: [
        'Several rated assessments can be finalised together: tick them in the list, then **Finalkan terpilih**.',
        'A unit head’s work results rating follows the unit’s organisational predikat.',
      ],
      related: ['distribusi', 'pemantauan', 'keberatan'],
    },
    {
      id: 'distribusi',
      roles: ['atasan', 'admin'],
      title: 'The predikat distribution warning',
      summary:
        'Understanding the unit’s predikat distribution chart against its pattern, and what to do when it falls outside.',
      keywords: [
        'distribution',
        'pattern',
        'curve',
        'organisational predikat',
        'outside the pattern',
        'reason',
        'justification',
      ],
      screen: '/penilaian/bawahan',
      steps: [
        {
          text: 'The predikat of the employees of a unit must follow the **pattern** for the unit’s **organisational predikat**, set by the leader one level up (menu **Organisational Rating**).',
        },
        {
          text: 'While you choose ratings, the chart counts your choice as a **preview**. The red line = the most allowed; the dark line = the least required.',
          image: {
            file: 'distribusi',
            alt: 'Predikat distribution chart of the Sub Bagian Kepegawaian dan Umum with organisational predikat Baik: 14 people Baik, above the limit of 13, marked violated, and the warning that this choice puts the distribution outside the pattern.',
          },
        },
        {
          text: 'When **Distribusi di luar pola** (outside the pattern) appears, review the ratings in that unit. The minimums are judged only once everyone is rated.',
        },
        {
          text: 'If you still finalise outside the pattern, write a clear **reason** when you tap **Finalkan**; it is stored and recorded in the audit trail. The admin can set finalising outside the pattern to be refused.',
        },
      ],
      example: {
        title: 'A good reason for finalising outside the pattern',
        lines: ['"Two employees finished all targets early with quality above expectations."'],
      },
      related: ['menilai-bawahan', 'laporan'],
    },
    // ---------------------------------------------------------------- admin
    {
      id: 'organisasi',
      roles: ['admin'],
      title: 'Managing units and positions',
      summary:
        'Building the unit structure, unit heads (definitive, PLT, PLH) and positions — the basis of supervisors and assessors.',
      keywords: ['unit', 'structure', 'position', 'unit head', 'PLT', 'PLH', 'supervisor'],
      screen: '/organisasi',
      steps: [
        {
          text: 'Open **Organisation** (Organisasi). Units are shown as a tree; pick a unit to see its head, positions, sub-units and number of employees.',
        },
        {
          text: 'Tap **Tambah unit** or **Tambah sub-unit** (add), fill in the name and the **parent unit**, then add its positions. Each employee’s **supervisor** follows from the unit head; a unit without a head uses the head of its parent.',
        },
        {
          text: 'Head post empty or the head away? Open the appointed employee, section **PLT / PLH**, tap **Tambah penugasan** (add assignment) and fill in the unit and dates. During it, they are the supervisor of the unit’s employees.',
        },
        {
          text: 'Every change is recorded in **Audit**. Many records at once are faster with **Import**.',
        },
      ],
      related: ['pegawai', 'impor'],
    },
    {
      id: 'pegawai',
      roles: ['admin'],
      title: 'Managing employee records',
      summary:
        'Finding, adding and changing employees, recording transfers and exclusions (retirement, long leave).',
      keywords: ['employee', 'NIP', 'transfer', 'retirement', 'long leave', 'exclusion', 'account'],
      screen: '/pegawai',
      steps: [
        {
          text: 'Open **Employees** (Pegawai). Search by name or NIP, or filter by unit.',
          image: {
            file: 'pegawai',
            alt: 'The employee list with a name or NIP search and a unit filter.',
          },
        },
        {
          text: 'Tap **Tambah pegawai** (add employee) and fill in the NIP (18 digits), name, rank/grade, unit and position, then **Simpan pegawai** (save). The sign-in uses the NIP.',
        },
        {
          text: 'Transfer or new position: open the employee, tap **Ubah** (edit), change unit and position. Earlier SKPs and assessments stay with the position held then.',
        },
        {
          text: 'Long leave, study leave, retirement or a disciplinary sanction: in the employee record, section **Pengecualian dari laporan** (exclusions from reports), tap **Tambah pengecualian** and fill in the reason and dates. The employee is not counted as "not filled in" during that time.',
        },
      ],
      related: ['organisasi', 'impor', 'laporan'],
    },
    {
      id: 'impor',
      roles: ['admin'],
      title: 'Importing employees and units from Excel/SIASN',
      summary:
        'Loading many employees or units at once from a CSV/XLSX file, such as a SIASN export.',
      keywords: ['import', 'excel', 'csv', 'xlsx', 'SIASN', 'template', 'upload'],
      screen: '/impor',
      steps: [
        {
          text: 'Open **Import** (Impor), pick the kind of data (**Pegawai** or **Unit kerja**). Download the **template** or use a SIASN export; the page explains which columns are read.',
          image: {
            file: 'impor',
            alt: 'The Import page: choice of employee or unit data, the explanation of the columns read, and the template download buttons.',
          },
        },
        {
          text: 'Choose the file, then tap **Periksa** (check): the system reads and checks every row without saving anything, and lists wrong rows with the reason.',
        },
        {
          text: 'Choose how to handle wrong rows: **Semua atau tidak sama sekali** (all or nothing) or **Impor baris valid saja** (valid rows only). Tap **Impor** to save. Rejected rows can be fixed and imported again.',
        },
      ],
      tips: ['Import units first, then employees: employees refer to existing units.'],
      related: ['pegawai', 'organisasi'],
    },
    {
      id: 'periode',
      roles: ['admin'],
      title: 'Periods, deadlines and extensions',
      summary:
        'Setting up the performance year, assessment periods with deadlines, holidays, and extensions for an employee or a unit.',
      keywords: [
        'period',
        'deadline',
        'batas pengisian',
        'extension',
        'holiday',
        'working calendar',
        'quarter',
        'annual',
      ],
      screen: '/periode',
      steps: [
        {
          text: 'Open **Periods** (Periode). New year: tap **Siapkan tahun baru** (set up a new year), pick the frequency (**Triwulanan**, quarterly, is the most common) and load the national and local holidays.',
        },
        {
          text: 'Each period has a **deadline** (Batas pengisian; by default 5 working days after the period ends; annual: 10 January). Tap the pencil icon to change it.',
          image: {
            file: 'periode',
            alt: 'The 2026 assessment periods: Triwulan I to IV with dates, deadlines, and state Ditutup (closed) or Berjalan (running).',
          },
        },
        {
          text: 'Extensions: open **Assessment Settings** (Pengaturan Penilaian) → **Perpanjangan batas pengisian**, pick the year and period, tap **Tambah perpanjangan** (add extension).',
        },
        {
          text: 'Choose one **employee** or a **unit** (including the units below it), fill in **Diperpanjang sampai** (extended until) and the reason, then **Simpan perpanjangan** (save).',
          image: {
            file: 'perpanjangan',
            alt: 'The deadline extension form for Triwulan IV 2026: employee or unit, extended-until date, and reason.',
          },
        },
      ],
      tips: [
        'Submissions after the period’s deadline are still recorded as **late**, even with an extension; the reports separate on time and late.',
        'Changing the frequency recreates the periods; do it before assessments start.',
      ],
      related: ['realisasi', 'laporan'],
    },
    {
      id: 'laporan',
      roles: ['admin', 'atasan'],
      title: 'Compliance reports (Tables 2, 3, 6)',
      summary:
        'Opening the periodic and annual completion reports and app adoption per unit, seeing the names behind a number, and downloading them.',
      keywords: [
        'reports',
        'summary',
        'table 2',
        'table 3',
        'table 6',
        'compliance',
        'on time',
        'adoption',
        'export',
        'excel',
        'dashboard',
      ],
      screen: '/laporan',
      steps: [
        {
          text: 'Open **Reports** (Laporan). Its top is an overview (employees, SKP, assessment completion, predikat). An admin sees the whole agency; a unit leader sees their unit and the units below it.',
        },
        {
          text: 'Pick a report: **Rekap penilaian periodik** (Table 2: employees, completed, on time, late per period), **Rekap penilaian tahunan** (Table 3: percentage on time), or **Penggunaan aplikasi per unit kerja** (Table 6: app adoption per unit).',
        },
        {
          text: 'Filter by **year**, **period** and **unit**. Tap an underlined number to see the **employees** behind it.',
          image: {
            file: 'laporan',
            alt: 'The periodic completion report for 2024: year, period and unit filters, XLSX, CSV and PDF downloads, then a table per quarter with 32 employees and 32 reports completed.',
          },
        },
        {
          text: 'Tap **Unduh** (download) for Excel (XLSX), CSV or PDF. Excluded employees (retired, transferred out, on long leave) are not counted and are listed with their reason.',
        },
      ],
      tips: [
        'Other reports: SKP status per unit, daily-progress discipline, predikat distribution per unit, and activities without an RHK.',
      ],
      related: ['periode', 'tindak-lanjut'],
    },
    {
      id: 'tindak-lanjut',
      roles: ['admin'],
      title: 'Follow-up: TPP, credit points, recommendations',
      summary:
        'Calculating the performance part of TPP, credit points (angka kredit) for functional positions, reward and coaching recommendations, and the SIASN export.',
      keywords: [
        'TPP',
        'allowance',
        'credit points',
        'angka kredit',
        'AK',
        'PAK',
        'functional position',
        'SIASN',
        'recommendation',
        'coaching',
        '9-box',
        'talent',
      ],
      screen: '/tindak-lanjut',
      steps: [
        {
          text: 'Open **Follow-up** (Tindak Lanjut). Every number comes from final assessment predikat.',
          image: {
            file: 'tindak-lanjut',
            alt: 'The Tindak Lanjut page: TPP, credit points, recommendations, talent and SIASN export.',
          },
        },
        {
          text: '**TPP**: fill in the agency settings (basis per position type, performance share, percentage per predikat). The shipped values are marked as an **example** until you save them. Pick a period and download the calculation for payroll.',
        },
        {
          text: '**Credit points**: pick a year and tap **Hitung** (calculate) to create the credit-point lines of functional staff from their annual predikat. AK = predikat percentage × level coefficient × months/12. Download a PAK-style document per person.',
        },
        {
          text: '**Recommendations**: reward candidates (for example Sangat Baik twice) and employees who need a **coaching plan** with a follow-up date.',
        },
        {
          text: '**SIASN**: download a CSV/XLSX with NIP, year, period, work results rating, work behaviour rating and predikat.',
        },
      ],
      example: {
        title: 'A worked credit-point example',
        lines: [
          'Ahli Pertama, predikat Sangat Baik, 12 months: 150 % × 12.5 × 12/12 = 18.75.',
          'Ahli Pertama, predikat Baik, 2 months: 100 % × 12.5 × 2/12 = 2.08.',
        ],
      },
      related: ['laporan', 'penilaian-saya'],
    },
    // ---------------------------------------------------------------- PIC helpdesk
    {
      id: 'tiket',
      roles: ['pic'],
      title: 'Answering helpdesk tickets',
      summary:
        'Opening the queue, reading the employee’s context, replying and moving the ticket to done.',
      keywords: ['queue', 'ticket', 'reply', 'status', 'new', 'in progress', 'waiting for user'],
      screen: '/helpdesk',
      steps: [
        {
          text: 'Open **Helpdesk**, tab **Antrian** (queue). Filter by **status** or search by number, subject or reporter. Tickets without a PIC can be taken with **Ambil** (take).',
          image: {
            file: 'helpdesk',
            alt: 'The PIC’s helpdesk queue: status filter and search, then ticket HD-2026-0002 in progress with its resolution SLA running.',
          },
        },
        {
          text: 'Open a ticket. Read the reporter’s story, the screenshot and the **reporter’s context** (unit, position, SKP, period, page, browser) — no need to ask for them again.',
          image: {
            file: 'helpdesk-tiket',
            alt: 'Ticket HD-2026-0002: status in progress, resolution deadline and time left, the PIC handling it, the Ubah status and Tugaskan buttons, then the conversation.',
          },
        },
        {
          text: 'Write a reply with clear steps and tap **Kirim balasan** (send). The first reply stops the **first response** clock. Through **Ubah status** (change status), pick **Diproses** (in progress), or **Menunggu pengguna** (waiting for the user) when you need their answer.',
        },
        {
          text: 'When it is solved, set the status to **Selesai** (done). The reporter can rate it or reopen the ticket. Move a ticket to another PIC with **Tugaskan** (assign).',
        },
      ],
      example: {
        title: 'A good reply',
        lines: [
          '"Your supervisor has not submitted the 2026 SKP yet, so their RHK cannot be picked. Please contact them; then open your SKP, pick the supervisor’s RHK and tap Ajukan ke atasan."',
        ],
      },
      tips: [
        'A question that keeps coming back? Turn the answer into an **FAQ** entry.',
        'Data problems (position, unit, supervisor) go to the agency admin.',
      ],
      related: ['sla', 'faq'],
    },
    {
      id: 'sla',
      roles: ['pic', 'admin'],
      title: 'Keeping the ticket SLA',
      summary:
        'Understanding the first-response and resolution time limits, and the helpdesk response statistics.',
      keywords: ['SLA', 'response time', 'resolution', 'statistics', 'overdue', 'hours'],
      screen: '/helpdesk',
      steps: [
        {
          text: 'Every ticket has two time limits: **first response** (8 hours by default) and **resolution** (72 hours by default), in calendar hours from when the ticket was opened.',
        },
        {
          text: 'In the queue an SLA badge shows its state (for example **Penyelesaian: berjalan**, resolution running); the ticket shows the limit and the time left.',
        },
        {
          text: 'The first response is met when a PIC or admin replies for the first time; the resolution when the ticket is marked **Selesai** (done).',
        },
        {
          text: 'The **Statistik** tab shows incoming tickets, median first-response and resolution times, the share answered and solved on time, and satisfaction. The admin changes the SLA limits in **Pengaturan helpdesk** (helpdesk settings).',
        },
      ],
      tips: [
        'Tickets without a PIC (no PIC in the agency yet) go to the admins’ queue.',
        'A short "we are looking into it" is better than silence: the first response is on time.',
      ],
      related: ['tiket', 'faq'],
    },
    {
      id: 'faq',
      roles: ['pic'],
      title: 'Maintaining the FAQ',
      summary: 'Writing, updating and publishing answers to frequent questions.',
      keywords: ['FAQ', 'frequent questions', 'knowledge base', 'publish', 'draft'],
      screen: '/helpdesk/faq',
      steps: [
        {
          text: 'Open **FAQ & Guide** (FAQ & Panduan, in the Helpdesk group or from the Helpdesk page). Tap **Tambah FAQ** (add FAQ) for a new entry.',
          image: {
            file: 'faq',
            alt: 'The FAQ & Panduan page for the PIC: the Tambah FAQ button, a link to the guide, the FAQ search, and an entry in the account and password category marked Terbit (published).',
          },
        },
        {
          text: 'Write the **question** the way employees ask it, and the **answer** as numbered steps. Pick its category.',
        },
        {
          text: 'Keep it as a **Draf** (draft) while it is reviewed (only PICs and admins see it), then **Terbitkan** (publish). Published entries appear on every employee’s **Help** page.',
        },
        {
          text: 'Update answers when the app changes, and withdraw entries that no longer apply.',
        },
      ],
      example: {
        title: 'A good FAQ entry',
        lines: [
          'Question: "Why is my activity marked late?"',
          'Answer: "1) It was logged after that day’s on-time limit. 2) Log on the same day. 3) Offline, the time on your phone counts, so it stays on time."',
        ],
      },
      related: ['tiket', 'bantuan'],
    },
  ],
}
