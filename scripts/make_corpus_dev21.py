#!/usr/bin/env python3
"""Write mailbot's twenty-first, independent development corpus: tests/corpus/dev21/*.eml + expected.toml.

The angle: the user Alex is a professor of accounting and finance at a business school who
also sits on two boards. Their LinkedIn world: predatory journals and conferences ("invited to
submit", then article-processing or registration fees), real academic peers (co-authoring,
refereeing, seminar invitations, data sharing), PhD and master's applicants, students asking
for recommendation letters, alumni, executive-education sellers, edtech vendors (plagiarism
detection, proctoring, LMS), textbook publishers' reps, board-search firms offering
non-executive roles (good), speaker bureaus, journalists asking for a quote (good), edtech
"advisory board" invitations that turn into a sale, consulting-firm partners inviting to a free
research breakfast, endorse-me-back for Financial Accounting or Corporate Governance, hostility
after being ignored (academic passive-aggressive, sarcastic, formal, blunt), and bait and
switch ("research network", "special issue guest editor", "free benchmarking study") followed
by a fee or a sales ask.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the job-alert titles, the headlines of
spoof-only names and PYMK suggestions, and the pitches that spoofs carry are swapped for
academic ones in this process only (make_corpus.py itself is not changed). Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording,
or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev21.py              # writes tests/corpus/dev21
    python scripts/make_corpus_dev21.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260721

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ academic world (this process only)
SKILLS = {
    "en": ["Financial Accounting", "Corporate Governance", "IFRS", "Corporate Finance", "Auditing", "Teaching"],
    "de": ["Finanzbuchhaltung", "Corporate Governance", "IFRS", "Unternehmensfinanzierung", "Wirtschaftsprüfung"],
    "fr": ["Comptabilité financière", "Gouvernance d'entreprise", "IFRS", "Finance d'entreprise", "Audit"],
    "es": ["Contabilidad financiera", "Gobierno corporativo", "NIIF", "Finanzas corporativas", "Auditoría"],
    "it": ["Contabilità finanziaria", "Corporate Governance", "IFRS", "Finanza aziendale", "Revisione contabile"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Professor of Accounting", "Northgate Business School"), ("Associate Professor of Finance", "Université de Lorraine"),
              ("W3-Professur Rechnungswesen (m/w/d)", "Hochschule Rhein-Main"), ("Chair in Corporate Governance", "Kelso University"),
              ("Non-Executive Director, Audit Committee Chair", "Tessaly plc")]
mc.COMPANIES["good"] = ["Northgate Business School", "Kelso University", "HEC Lyon", "Universität Mannheim", "Bocconi", "IE Business School",
                        "Tessaly plc", "Financial Times"]
mc.COMPANIES["sales"] = ["PlagiaGuard", "ProctorPilot", "CampusFlow LMS", "Harwell Academic Press", "Global Scholars Publishing",
                         "ExecEd Partners", "SpeakersHub Pro"]
mc.HEADLINES["good"] = ["Associate Professor of Accounting at {co}", "Professor of Finance | {co}", "PhD candidate in Accounting, {co}",
                        "Dean of Faculty at {co}", "Head of Research, {co}", "Lecturer in Auditing at {co}"]
mc.HEADLINES["sales"] = ["Account Executive, Higher Education | {co}", "Partnerships Manager at {co}", "Founder & CEO at {co}",
                         "Helping universities go digital | {co}", "Acquisitions Editor | {co}"]
SPOOF_PITCH = {
    "en": ["Dear {first}, your manuscript has been accepted for fast-track publication. Please log in to confirm and settle the processing fee.",
           "Hi {first}, I shared the reviewer reports on your submission with you. Sign in to read them."],
    "de": ["Sehr geehrte/r {first}, Ihr Beitrag wurde angenommen. Bitte melden Sie sich an, um die Publikationsgebühr zu begleichen.",
           "Hallo {first}, ich habe Ihnen die Gutachten zu Ihrem Paper freigegeben. Bitte hier anmelden."],
    "fr": ["Bonjour {first}, votre article est accepté dans notre numéro spécial. Connectez-vous pour régler les frais de publication.",
           "Bonjour {first}, je vous ai partagé les rapports des relecteurs. Connectez-vous pour les consulter."],
    "es": ["Estimado/a {first}, su artículo ha sido aceptado. Inicie sesión para confirmar y abonar la tasa de publicación.",
           "Hola {first}, te he compartido los informes de los revisores. Inicia sesión para verlos."],
    "it": ["Gentile {first}, il suo articolo è stato accettato. Acceda per confermare e pagare la quota di pubblicazione.",
           "Ciao {first}, ti ho condiviso i report dei revisori sul tuo paper. Accedi per leggerli."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Hannah Whitcombe", "Associate Professor of Accounting, Kelso University", "Edinburgh",
  ("inv", "Alex - I refereed a paper last month that cites your 2019 piece on audit committee expertise and I think the authors misread your sample period. "
          "Rather than guess, could I ask you a quick question about how you coded the financial expert variable? Would help me write a fairer report."),
  ("rem",))
P("good_invitation", "de", "Tobias Reinhardt", "Doktorand Rechnungswesen | Universität Mannheim", "Mannheim",
  ("inv", "Sehr geehrte/r Prof. Morgan, ich bin im zweiten Jahr meiner Promotion und arbeite zu Key Audit Matters in DAX-Konzernen. "
          "Ihr Datensatz zu den Prüfungsausschüssen wäre für mich Gold wert, falls Sie ihn teilen dürfen – natürlich mit Zitation. "
          "Außerdem würde ich Sie gern zu unserem (kostenlosen) Doktorandenworkshop im Oktober einladen, falls Sie Lust haben, Feedback zu geben."))
P("good_invitation", "fr", "Élodie Garnier", "Journaliste, rubrique entreprises | Les Échos", "Paris",
  ("inv", "Bonjour, je prépare un article sur la rotation des commissaires aux comptes après le scandale de cet été. "
          "Votre nom revient chez plusieurs confrères. Auriez-vous 15 minutes cette semaine pour un échange, citable ou non selon votre préférence ?"),
  ("rem",))
P("good_invitation", "es", "Marta Ibáñez", "Profesora titular de Finanzas | Universidad de Navarra", "Pamplona",
  ("inv", "Hola Alex, organizo el seminario de investigación de los jueves en el departamento. ¿Te animarías a presentar tu working paper sobre "
          "provisiones y gobierno corporativo en marzo? Cubrimos viaje y hotel, y después hay cena con el grupo. Sin compromiso, dime algo."))
P("good_invitation", "it", "Giulia Ferraris", "Ex studentessa MSc Finance | Analyst at Intesa", "Torino",
  ("inv", "Buongiorno Professore! Sono Giulia, ho seguito il suo corso di Financial Statement Analysis nel 2022 (prima fila, quella che faceva troppe domande 😅). "
          "Sto facendo domanda per un PhD a Rotterdam e mi servirebbe una lettera di referenza: sarebbe disposto? Le mando CV e bozza del research statement."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Derek Mullins", "Lecturer | Business | Education", "Leeds", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Stefanie Krug", "Vertrieb Hochschulen | Digitale Lehre", "Hamburg", ("inv", NONOTE))
P("default_invitation", "es", "Raúl Cifuentes", "Consultor | Formación ejecutiva", "Sevilla", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Brett Calloway", "Higher Ed Account Executive @ PlagiaGuard", "Boston",
  ("inv", "Hi Alex, with ChatGPT essays everywhere, most business schools we talk to have moved beyond basic similarity checks. "
          "PlagiaGuard flags AI-written submissions with 98% accuracy and plugs straight into Moodle. Could I show you in 15 min how Kelso rolled it out?"))
P("sales_invitation", "fr", "Nicolas Vautrin", "Directeur commercial | ExecEd Partners – programmes sur mesure", "Lyon",
  ("inv", "Bonjour Professeur, nous concevons des programmes d'executive education clé en main que les écoles revendent sous leur propre marque. "
          "Marge garantie de 40 %. Je serais ravi de vous présenter notre catalogue finance & gouvernance lors d'un court rendez-vous."),
  ("rem",))
P("sales_invitation", "it", "Simone Gatti", "Sales Manager Università | ProctorPilot", "Bologna",
  ("inv", "Salve, sto contattando i docenti che gestiscono esami online. ProctorPilot fa la sorveglianza automatica via webcam, senza installare nulla. "
          "Abbiamo un'offerta per gli atenei che firmano entro giugno. Le va una demo?"))
P("sales_invitation", "de", "Patrick Oehme", "Key Account Manager Hochschulen | Harwell Academic Press", "München",
  ("inv", "Guten Tag, ich betreue bei Harwell die BWL-Fakultäten in Süddeutschland. Unser neues Lehrbuch \"Financial Accounting – IFRS Edition\" "
          "kommt mit Foliensatz und Testbank. Darf ich Ihnen ein Prüfexemplar schicken und kurz telefonieren, ob es in Ihr Curriculum passt?"),
  ("rem",))
P("sales_invitation", "es", "Carla Montalbán", "Speaker Manager | SpeakersHub Pro", "Madrid",
  ("inv", "Hola Alex! Representamos a ponentes académicos para congresos corporativos. Con tu perfil de consejero y profesor podríamos conseguirte "
          "conferencias de 5.000 € en adelante. Nuestra cuota de alta es de 690 € al año. ¿Hablamos?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Dr. Rajesh Kulkarni", "Managing Editor, International Journal of Advanced Finance Research", "Hyderabad",
  ("inv", "Dear Esteemed Professor, we are launching a research network of senior accounting scholars to share working papers and co-author across borders. "
          "Kindly accept to join our community."),
  ("msg", "Dear Professor Alex, greetings of the day! Based on your eminent profile, you are invited to submit a manuscript to our upcoming issue. "
          "Fast peer review in 7 days. An article processing charge of USD 890 applies after acceptance. Kindly send your paper at the earliest.", (3, 10)),
  ("msg", "Dear Professor, gentle reminder. This month we offer a 30% discount on the APC if you submit before the 30th. Also we can add co-authors for nominal fee.", (10, 20)))
P("bait_and_switch_invitation", "de", "Markus Feldhaus", "Gründer | Netzwerk Aufsichtsrätinnen & Aufsichtsräte", "Düsseldorf",
  ("inv", "Hallo Alex, ich baue einen kleinen Kreis von Aufsichtsräten mit akademischem Hintergrund auf – vertraulicher Austausch, zwei Abende im Jahr, "
          "keine Agenda. Würde mich freuen, Sie dabeizuhaben."),
  ("msg", "Danke fürs Vernetzen! Kurz zur Einordnung: Die Mitgliedschaft im Kreis kostet 2.400 € netto pro Jahr, dafür gibt es auch unser Board-Readiness-Coaching. "
          "Soll ich Ihnen die Beitrittsunterlagen schicken?")) 
P("bait_and_switch_invitation", "fr", "Sophie Lemaire", "Associée | Cabinet Delvaux Conseil – Audit & Transactions", "Paris",
  ("inv", "Bonjour Alex, nous organisons un petit-déjeuner de recherche gratuit le 14 juin sur la qualité de l'audit, avec deux universitaires et le H3C. "
          "Votre regard serait précieux, on garde une place pour vous ?"),
  ("msg", "Merci pour votre présence au petit-déjeuner ! En prolongement, nous proposons aux conseils d'administration un diagnostic de gouvernance "
          "(à partir de 18 k€). Pourriez-vous me présenter au président des deux conseils où vous siégez ? Je peux passer à votre bureau.", (15, 30)))
P("bait_and_switch_invitation", "es", "Iker Zubizarreta", "Guest Editor, Special Issue on ESG Reporting | Global Scholars Publishing", "Bilbao",
  ("inv", "Hola Alex, estoy coordinando un número especial sobre información ESG y me encantaría contar contigo como editor invitado. Es un honor, "
          "no un trabajo: solo revisar 3-4 artículos. ¿Conectamos?"),
  ("msg", "¡Genial tenerte en la red! Te confirmo los detalles: como editor invitado te pedimos aportar un artículo propio, y la editorial aplica una tasa de "
          "procesamiento de 1.150 € por artículo. Además, cada editor invitado debe traer al menos 5 autores que paguen la tasa. ¿Te mando el contrato?"),
  ("msg", "Alex, ¿lo viste? Cerramos la lista de editores el viernes. Si prefieres, la tasa se puede facturar a tu universidad.", (5, 12)))
P("bait_and_switch_invitation", "it", "Lorenzo Bettini", "CEO @ BenchFin Analytics | Benchmarking per CFO", "Milano",
  ("inv", "Buongiorno, stiamo conducendo uno studio di benchmarking gratuito sulla remunerazione dei consiglieri indipendenti in Europa. "
          "Ai partecipanti inviamo il report completo. Posso coinvolgerla?"),
  ("msg", "Grazie! Il report base è pronto. Per la versione con i dati dei suoi due consigli e il confronto con i peer, il costo è 3.900 € + IVA. "
          "Posso fissare una call di 20 minuti per mostrarle la piattaforma?", (7, 20)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Caroline Ashby", "Founder, EduMetrics | ex-Big4", "London",
  ("inm", "Advisory board - EduMetrics", "Hi Alex, I'm putting together an academic advisory board for EduMetrics, a learning-analytics startup. Two meetings a year, "
          "your name on the website, and a small equity grant. Would you be open to it?"),
  ("inm", "Re: Advisory board - EduMetrics", "Great to hear back! Practically, the way our advisors help most is by piloting the platform in their own courses. "
          "The pilot licence for your school is £14k for the first year (discounted from £22k). Could you introduce me to whoever signs off on teaching tech?"))
P("bait_and_switch_inmail", "de", "Dr. Wolfgang Presser", "Programmkomitee | International Conference on Accounting & Economics (ICAE)", "Wien",
  ("inm", "Einladung: Keynote ICAE 2026", "Sehr geehrte Frau Professorin, sehr geehrter Herr Professor, das Programmkomitee lädt Sie ein, auf der ICAE 2026 "
          "in Wien eine Keynote zu halten. Wir würden uns sehr über eine Zusage freuen."),
  ("inm", "ICAE 2026 – Registrierung", "Vielen Dank für Ihr Interesse! Für Keynote-Speaker gilt die ermäßigte Registrierungsgebühr von 649 € "
          "(statt 799 €), zahlbar bis 31.3. Die Veröffentlichung Ihres Beitrags im Tagungsband kostet zusätzlich 250 €. Rechnung im Anhang.", (4, 10)))
P("bait_and_switch_inmail", "fr", "Mathieu Carrel", "Chercheur associé | Observatoire de la gouvernance", "Bordeaux",
  ("inm", "Petite question sur votre article", "Bonjour, j'ai lu votre article sur l'indépendance des administrateurs et j'ai une question de méthode sur les effets fixes. "
          "Auriez-vous un moment pour m'éclairer ?"),
  ("inm", "Suite à notre échange", "Merci encore pour votre réponse ! Par ailleurs je suis aussi consultant patrimonial : beaucoup d'universitaires siégeant en conseil "
          "optimisent mal leurs jetons de présence. Je vous propose un bilan patrimonial, 45 minutes, la semaine prochaine ?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Greg Halvorsen", "CFO Coach | Board Advisor | Speaker", "Denver",
  ("end",), ("end",),
  ("msg", "Hey Alex! Just endorsed you for {skill} and a couple of others, well deserved. Would you mind returning the favour on Board Advisory and Leadership? Takes 10 seconds. Cheers!"))
P("endorse_me_back", "de", "Claudia Brenner", "Steuerberaterin | Dozentin Bilanzierung", "Stuttgart",
  ("end",),
  ("msg", "Liebe/r Alex, ich habe Sie gerade für {skill} bestätigt. Ich baue mir gerade mein Profil für Lehraufträge auf – "
          "wären Sie so nett, mich im Gegenzug für \"Bilanzierung nach HGB\" und \"Lehre\" zu bestätigen? Das würde mir sehr helfen. Danke im Voraus!"))
P("endorse_me_back", "fr", "Karim Benali", "Formateur finance | Préparation DSCG", "Marseille",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill}, c'était mérité 😉 tu peux faire pareil pour moi sur Comptabilité et Fiscalité ? merci d'avance"))
P("endorse_me_back", "it", "Francesca Morelli", "Revisore legale | Docente a contratto", "Padova",
  ("end",),
  ("msg", "Caro Alex, ho confermato con piacere la tua competenza in {skill}. Sto preparando la domanda per l'abilitazione e un paio di conferme "
          "da un professore ordinario farebbero la differenza: potresti confermarmi Revisione contabile e Corporate Governance? Grazie mille."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Prof. Nigel Trask", "Emeritus Professor of Accountancy", "Cambridge",
  ("inv", "Dear Alex, I should like to discuss your recent SSRN paper, which I fear overlooks a good deal of prior literature. Kindly accept."),
  ("rem",),
  ("inm", "Your silence", "Dear Alex, I note my invitation has gone unanswered for some weeks. In my day, a junior colleague would at least have had the courtesy "
          "to acknowledge a senior scholar. I suppose one should not expect engagement with one's critics from someone who cites so selectively. "
          "I shall raise the matter of your literature review with the editor directly."))
P("hostility_after_decline", "de", "Sven Hollerbach", "Vertriebsleiter | CampusFlow LMS", "Berlin",
  ("inv", "Hallo Alex, kurze Frage: Welches LMS nutzen Sie für Ihre Master-Kurse? Wir hätten da was Spannendes."),
  ("inm", "Kurze Rückmeldung?", "Hallo Alex, dreimal angefragt, null Reaktion. Ehrlich gesagt finde ich das ziemlich respektlos. "
          "Gerade von jemandem, der Studierenden angeblich Professionalität beibringt. Schade."))
P("hostility_after_decline", "fr", "Bertrand Ducasse", "Directeur de programme | Executive MBA", "Nice",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Sans réponse", "Monsieur, je constate que vous n'avez pas daigné répondre à mon invitation. Je vous rappelle que nous avons siégé ensemble au jury "
          "de soutenance de 2018. Ce mépris de la part d'un confrère est, disons, instructif. Bonne continuation."))
P("hostility_after_decline", "es", "Álvaro Peña", "MBA candidate | ex-Big4 auditor", "Madrid",
  ("inv", "Hola profesor, me gustaría conectar para pedirle consejo sobre el doctorado."),
  ("inm", "ok", "vale, ya veo que no contesta. típico de los catedráticos, muy cercanos en clase y luego ni te miran. gracias por nada"))
P("hostility_after_decline", "it", "Massimo Ruggeri", "Consulente fiscale | Autore", "Roma",
  ("inv", "Salve professore, le chiedo il collegamento per un confronto sul mio libro in uscita sulla fiscalità d'impresa."),
  ("rem",),
  ("inm", "Complimenti", "Complimenti davvero per la disponibilità. Evidentemente per certi accademici chi non ha un h-index a due cifre non merita "
          "nemmeno un clic. Mi ricorderò di lei quando uscirà la recensione del mio libro."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Trent Delaney", "Partner | Exec Ed Solutions", "Chicago",
  ("msg", "Alex, circling back on our white-label executive program for boards. We've got a slot for a co-branded pilot at your school in Q3. Are you the right person to pitch this to the Dean?"),
  ("msg", "Following up again. Three messages, zero reply. For someone who teaches governance you're pretty bad at basic professional courtesy. "
          "I'll take it to your Dean directly and mention I tried you first."))
P("hostility_connection", "de", "Heike Stromberg", "Verlagsvertreterin | Lehrbücher Wirtschaft", "Köln",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Passend zu Ihrem Kurs im Wintersemester: Unser Lehrbuch \"Konzernrechnungslegung kompakt\" gibt es jetzt als Campuslizenz. "
          "Sollen wir einen Termin für eine Präsentation vor Ihrem Lehrstuhl machen?"),
  ("msg", "Sehr geehrte/r Alex, Sie haben MICH eingeladen und reagieren dann nicht auf eine einzige Nachricht. Das ist wirklich kein Stil. "
          "Ich nehme Sie aus meinem Verteiler, aber das musste ich Ihnen noch sagen."))
P("hostility_connection", "it", "Riccardo Lamberti", "Founder | ProfBrand – personal branding per docenti", "Milano",
  ("msg", "Ciao Alex, noto che il tuo profilo ha pochissimi post. Con il nostro pacchetto ProfBrand (490 €/mese) i docenti triplicano la visibilità in 90 giorni. Ti va una call?"),
  ("msg", "Alex? Ti ho scritto due volte."),
  ("msg", "Va bene, ho capito. Continua pure a nasconderti dietro la cattedra, poi non lamentarti se nessuno legge i tuoi paper. Buona fortuna, ne avrai bisogno."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Melissa Grant", "Senior Partnerships Manager | ProctorPilot", "Toronto",
  ("msg", "Hi Alex, exam season is coming up! ProctorPilot now supports open-book finance exams with spreadsheet access. Free trial for your faculty this term?"),
  ("msg", "Hi again, we just released our integrity report for business schools. Happy to walk you through it and discuss a site licence. 20 mins Thursday?"))
P("connection_only_pitches", "fr", "Thomas Girardin", "Conseiller en gestion de patrimoine | spécialiste des professions libérales et universitaires", "Lille",
  ("msg", "Bonjour Alex, saviez-vous que les universitaires administrateurs peuvent défiscaliser une partie de leurs jetons ? Je vous propose un rendez-vous découverte."),
  ("msg", "Bonjour, je reviens vers vous : notre nouvelle SCPI affiche 5,8 % de rendement. Un échange de 30 minutes cette semaine ?"),
  ("msg", "Dernière relance de ma part : j'ai deux créneaux jeudi pour un bilan retraite offert. Lequel vous convient ?"))
P("connection_only_pitches", "es", "Nerea Quintana", "Business Development | CampusFlow LMS", "Barcelona",
  ("msg", "Hola Alex! Vi que tu escuela está renovando su campus virtual. CampusFlow integra evaluación, foros y analítica en una sola plataforma. ¿Demo de 30 min?"),
  ("msg", "Alex, te dejo el caso de éxito de ESADE con CampusFlow. ¿Te cuadra una llamada con nuestro equipo la semana que viene?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Florian Weidner", "Partner | Weidner & Kolb Executive Search", "Frankfurt",
  ("msg", "Hallo Alex, wir bieten Hochschulen jetzt auch Headhunting für Professuren an – Active Sourcing statt Ausschreibung. "
          "Hätten Sie 20 Minuten, damit ich Ihnen unser Modell vorstelle? Vielleicht ist es etwas für Ihre Berufungskommission."))
P("single_pitch", "it", "Beatrice Sala", "Account Manager | Harwell Academic Press", "Firenze",
  ("msg", "Ciao Alex, per il tuo corso di Financial Accounting abbiamo appena pubblicato la nuova edizione con piattaforma di esercizi online. "
          "Posso prenotarti una presentazione e lasciarti una copia saggio?"))
P("single_pitch", "en", "Jordan Pike", "Growth | ScholarReach – Research Visibility", "Austin",
  ("msg", "Alex, quick one. Your Google Scholar citations are strong but your papers aren't getting picked up by practitioners. "
          "We turn research into LinkedIn carousels and op-eds for $1,200/month. Want me to send a sample?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Priya Natarajan", "Assistant Professor of Accounting | Rotterdam School of Management", "Rotterdam",
  ("msg", "Alex, we finally got the restatement data cleaned. I've put the Stata do-files and the merged panel in the shared Dropbox, readme included. "
          "Could you have a look at the matching step before our call on Friday? I think the Big 4 dummy is off for 2012."),
  ("msg", "Also, the EAA deadline is 15 Jan. I drafted the abstract, tell me if you hate it."))
P("connection_brings_value", "de", "Dr. Karin Vogt", "Leiterin Prüfungsausschuss-Akademie | DIRK", "Frankfurt",
  ("end",),
  ("msg", "Liebe/r Alex, unsere Akademie veranstaltet im Mai einen kostenlosen Workshop für Prüfungsausschussvorsitzende zu ESRS und Nachhaltigkeitsprüfung. "
          "Für Aufsichtsratsmitglieder ist der Tag als Fortbildung anrechenbar. Ich würde Sie gern als Teilnehmer, gern auch als Diskutant, dabeihaben."))
P("connection_brings_value", "fr", "Antoine Rivière", "Maître de conférences en finance | Université Paris-Dauphine", "Paris",
  ("msg", "Salut Alex, un doctorant de mon labo cherche un membre externe pour son jury (thèse sur le coût du capital et la qualité des comptes). "
          "Soutenance prévue fin juin, en visio possible. Je t'envoie le manuscrit si ça t'intéresse ? Et merci encore pour ton rapport sur notre papier, il nous a bien aidés."))
P("connection_brings_value", "es", "Lucía Bermejo", "Periodista económica | Expansión", "Madrid",
  ("msg", "Hola Alex, ¿tendrías 10 minutos mañana para comentar la reforma de la auditoría que aprobó ayer el Consejo de Ministros? "
          "Estoy cerrando una pieza para el domingo y me vendría muy bien la visión de alguien que está en consejos y en la academia. Puedo citarte o no, como prefieras."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Eleanor Fitch", "Partner, Board Practice | Hargreave Search", "London",
  ("inm", "Non-executive director role - audit committee chair", "Dear Alex, I'm leading a search for an independent non-executive director to chair the audit committee "
          "of a FTSE 250 infrastructure group. The board specifically wants someone with an academic accounting background and existing board experience. "
          "Time commitment around 20 days a year, fee £75k. Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "it", "Paolo Venturi", "Direttore, Board Advisory | Spencer & Ross Italia", "Milano",
  ("inm", "Posizione di consigliere indipendente", "Gentile Professore, per conto di una società quotata sull'Euronext Milan cerchiamo un consigliere indipendente "
          "con competenze di controllo interno, da nominare all'assemblea di aprile. Il suo profilo è stato segnalato dal presidente del collegio sindacale. "
          "Sarebbe disponibile per una telefonata riservata la prossima settimana?"))
P("stranger_inmail_recruiter", "fr", "Nadia Cherkaoui", "Recrutement académique | Kedge Business School", "Marseille",
  ("inm", "Chaire en gouvernance – Kedge", "Bonjour Professeur Morgan, nous ouvrons une chaire de gouvernance d'entreprise financée par trois entreprises partenaires : "
          "poste de professeur titulaire, budget de recherche dédié, 4 heures d'enseignement par semaine. Le comité de recrutement a retenu votre nom. "
          "Accepteriez-vous d'en discuter ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Jens Albrecht", "Account Executive DACH | PlagiaGuard", "Hannover",
  ("inm", "KI-Texte in Hausarbeiten erkennen", "Hallo Alex, wie gehen Sie an Ihrem Lehrstuhl mit KI-generierten Seminararbeiten um? PlagiaGuard erkennt sie zuverlässig "
          "und lässt sich in Ilias und Moodle integrieren. Ich würde Ihnen gern in 15 Minuten zeigen, wie die Uni Hamburg das einsetzt."))
P("stranger_inmail_sales", "es", "Gabriela Soto", "Directora de Alianzas | Global Scholars Publishing", "Ciudad de México",
  ("inm", "Invitación a publicar", "Estimado Dr. Alex Morgan: Tenemos el agrado de invitarle a publicar en nuestra revista indexada. "
          "Publicación garantizada en 15 días, tasa de 450 USD. Aceptamos pagos con tarjeta."),
  ("inm", "Último aviso: número de junio", "Estimado Doctor, quedan 3 plazas para el número de junio. Si envía hoy, le aplicamos un 20% de descuento en la tasa."))
P("stranger_inmail_sales", "en", "Kyle Brennan", "Director, Corporate Training | FinSkills Academy", "Dublin",
  ("inm", "Licensing your course content?", "Hi Alex, we license lecture content from business-school faculty and sell it as on-demand CPD to banks. "
          "You'd get 15% royalty; we'd just need a 2-year exclusivity. Can we set up a call to talk commercials?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Delphine Aubry", "Fondatrice | Réseau Femmes Administratrices", "Lyon",
  ("inv", "Bonjour Alex, j'anime un groupe de travail bénévole sur la formation des administrateurs indépendants. Nous recueillons des syllabus de cours de gouvernance "
          "pour bâtir un référentiel ouvert. Accepteriez-vous de partager le vôtre ? Tout est publié en Creative Commons."),
  ("msg", "Merci beaucoup pour le syllabus ! Voici en retour notre synthèse des 14 programmes comparés, libre d'usage dans vos cours."),
  ("msg", "Alex, nous lançons notre certification payante \"Administrateur certifié\" (3 900 € HT). Comme contributeur, vous pourriez la recommander à vos étudiants "
          "d'executive MBA : nous reversons 15 % par inscription. On en parle ?"))
P("good_turns_ugly", "en", "Owen Marchetti", "PhD, Finance | Senior Associate, Brightline Capital", "New York",
  ("inv", "Hi Alex, I wrote my dissertation on board interlocks and your 2016 paper was its backbone. Happy to share my hand-collected interlock data for 2005-2020 if it's useful."),
  ("msg", "Here's the link to the dataset and the codebook. Let me know if anything's unclear."),
  ("end",),
  ("msg", "Glad it was useful! Small ask: I endorsed you for {skill} - could you endorse me for Corporate Finance and Private Equity? I'm going on the job market and it helps."))
P("good_turns_ugly", "de", "Matthias Kern", "Head of Research | Board Insights GmbH", "München",
  ("inv", "Hallo Alex, wir veröffentlichen jährlich eine kostenlose Studie zur Vergütung von Aufsichtsräten. Ich würde Ihnen gern die aktuelle Fassung schicken – "
          "vielleicht ist sie für Ihre Lehre nützlich."),
  ("msg", "Wie versprochen, die Studie 2025 als PDF. Zitieren Sie gern daraus."),
  ("msg", "Hallo Alex, kurze Frage: Wir bieten Aufsichtsräten jetzt ein individuelles Vergütungs-Benchmarking an (ab 4.500 €). Könnten Sie uns mit den Vorsitzenden "
          "Ihrer beiden Gremien in Kontakt bringen? Gern auch ein gemeinsamer Termin.", (10, 25)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Valerio Conti", "Business Developer | ExecEd Partners Italia", "Torino",
  ("inm", "Executive program chiavi in mano", "Salve Professore, proponiamo alle business school corsi executive in white label con margini garantiti. "
          "Possiamo fissare un incontro per presentarle il catalogo?"),
  ("inv", "Buongiorno Alex, mi farebbe piacere restare in contatto, ho visto il suo intervento al convegno AIDEA e l'ho trovato molto interessante."))
P("reinvite_known_bad", "es", "Sergio Llorente", "Consultor | Formación in-company", "Valencia",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, coincidimos en el congreso de ASEPUC en Zaragoza. ¿Conectamos?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Dr. Felix Osei-Mensah", "Conference Chair | World Congress on Business & Finance", "Accra",
  ("inm", "Honorary speaker invitation", "Dear Prof. Alex, you have been selected as honorary plenary speaker at the World Congress on Business & Finance in Dubai. Kindly confirm."),
  ("inm", "Registration for honorary speakers", "Dear Professor, thank you for your kind interest. Honorary speakers register at the special rate of USD 1,099 "
          "(includes certificate and gala dinner). Kindly remit within 5 days to keep your slot."),
  ("inv", "Dear Professor, I would be honoured to add you to my professional network."))
P("reinvite_known_ugly", "de", "Ralf Zimmermann", "Berater | Hochschulmarketing", "Leipzig",
  ("inv", "Hallo Alex, ich helfe Lehrstühlen, mehr Drittmittel über Sichtbarkeit einzuwerben. Kurzes Gespräch?"),
  ("inm", "Na dann", "Hallo Alex, keine Antwort ist auch eine Antwort. Aber dieses Elfenbeinturm-Gehabe ist genau der Grund, warum die Wirtschaft "
          "Professoren nicht ernst nimmt. Viel Spaß weiterhin in der Blase."),
  ("inv", "Hallo Alex, neues Jahr, neuer Versuch – vielleicht vernetzen wir uns doch?"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Caroline Fabre", "Directrice des partenariats | Éditions Dunod-Vermeil", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Puisque vous enseignez l'IFRS, je me permets : nous cherchons des prescripteurs pour notre manuel. "
          "Je peux vous envoyer 30 exemplaires gratuits si vous l'adoptez pour la rentrée. On s'appelle ?"))
P("user_invited_pitch_once", "it", "Andrea Fontana", "Sales Director Education | ProctorPilot", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Visto che ci siamo conosciuti al convegno, ti giro la nostra offerta per le sessioni d'esame estive: licenza di ateneo a prezzo bloccato. "
          "Facciamo una call?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Sasha Volkov", "Founder | QuantEd – AI tutoring for finance", "Berlin",
  ("acc",),
  ("msg", "Thanks for connecting after the panel, Alex! QuantEd's AI tutor cuts TA hours by 60% on intro accounting. Would love to get you on a pilot - €9 per student per term."),
  ("msg", "Hi Alex, following up: we have 2 pilot slots left for autumn. Can I send the contract to your programme director?"))
P("user_invited_pitch_twice", "es", "Ignacio Ferrer", "Socio | Ferrer & Vidal – Consultoría de Gobierno Corporativo", "Barcelona",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex. En Ferrer & Vidal hacemos evaluaciones de consejo externas que cumplen con el Código de Buen Gobierno de la CNMV. "
          "¿Te interesaría que presentáramos una propuesta a tus dos consejos?"),
  ("msg", "Alex, te reenvío nuestra propuesta con tarifa cerrada (12.000 € por consejo). ¿Cuándo podríamos verla juntos?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Prof. Dr. Anja Lindqvist", "Professorin für Accounting | WHU", "Vallendar",
  ("acc",),
  ("msg", "Danke für die Anfrage, Alex! Gern schicke ich Ihnen unsere Fallstudie zu Wirecard samt Teaching Note – wir haben sie mit drei Jahrgängen getestet. "
          "Und falls Sie im Herbst einen Gastvortrag in unserem Forschungskolloquium halten möchten: Sie sind herzlich eingeladen."))
P("user_invited_value", "it", "Chiara Benedetti", "PhD candidate in Accounting | Università Bocconi", "Milano",
  ("acc",),
  ("msg", "Grazie per aver accettato la richiesta, professore! Come promesso al workshop, le allego il link al mio job market paper sui KAM nelle banche italiane. "
          "Ho anche ripulito il dataset delle relazioni di revisione 2017-2023: se le serve per il suo progetto è suo, basta citarlo."))
P("user_invited_value", "en", "Marcus Holloway", "Business reporter | The Financial Chronicle", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. I'm writing a long read on why audit committee chairs are so rarely accountants. Could I quote you from the panel, "
          "and would you be up for a 20-minute call this week? No pressure either way."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Beatriz Olmedo", "Decana | Facultad de Economía y Empresa", "Zaragoza", ("acc",))
P("acceptance_only", "fr", "Hugo Marchal", "Administrateur indépendant | Président du comité d'audit", "Nantes", ("acc",))
P("lone_endorsement", "it", "Matteo Greco", "Studente MSc Accounting | Università di Bologna", "Bologna", ("end",))
P("lone_endorsement", "de", "Lena Hofmann", "Ehemalige Studentin | Controlling bei Bosch", "Stuttgart", ("end",))


# =============================================================== more voices (es / it / fr balance)
P("good_invitation", "es", "Valentina Rojas", "Graduada en ADE | Candidata a doctorado en Contabilidad", "Santiago de Chile",
  ("inv", "Estimado profesor Morgan: me gradué con una tesis sobre calidad de la información contable en empresas familiares chilenas y quiero postular "
          "al doctorado de su escuela en otoño. ¿Podría decirme si acepta nuevos doctorandos este año, o a qué colega me recomendaría escribir? "
          "Le adjuntaría mi propuesta de dos páginas. Muchas gracias por su tiempo."),
  ("rem",))
P("good_invitation", "it", "Alessandro Marini", "Partner, Audit & Assurance | Marini Bassani & Associati", "Milano",
  ("inv", "Buongiorno Alex, il 9 ottobre organizziamo una colazione di lavoro gratuita nel nostro ufficio di via Manzoni sulla prima applicazione della CSRD: "
          "tre relatori (un'accademica, un presidente di comitato controllo rischi, un ispettore Consob), niente presentazioni commerciali. "
          "Per i revisori vale come formazione professionale continua. Mi farebbe piacere averla tra i partecipanti."))
P("bait_and_switch_inmail", "es", "Dr. Esteban Arrieta", "Director | Red Iberoamericana de Investigación Contable", "Buenos Aires",
  ("inm", "Red de investigación contable", "Estimado colega: desde la Red Iberoamericana de Investigación Contable le invitamos a sumarse como investigador asociado. "
          "Compartimos bases de datos, working papers y convocatorias. Sería un honor contar con usted."),
  ("inm", "Bienvenido a la Red – próximos pasos", "Estimado colega, gracias por su respuesta positiva. Para formalizar su alta como investigador asociado, la cuota anual es de 380 USD, "
          "que incluye la publicación de un artículo en nuestra revista (sin tasa adicional). Le dejo el enlace de pago.", (5, 15)))
P("connection_only_pitches", "it", "Elisa Marchetti", "Speaker Agent | Podium Relatori", "Roma",
  ("msg", "Ciao Alex! Stiamo ampliando il nostro roster di relatori su governance ed ESG. Con la nostra rappresentanza esclusiva (fee di ingresso 850 €) "
          "ti portiamo su palchi aziendali da 3-8k a intervento. Ti va di sentirci?"),
  ("msg", "Alex, ti segnalo che chiudiamo le nuove rappresentanze a fine mese. Posso bloccarti uno slot per la call conoscitiva?"))
P("endorse_me_back", "es", "Pablo Redondo", "Auditor senior | Profesor asociado", "Valladolid",
  ("end",), ("end",),
  ("msg", "Buenas Alex, te he validado {skill} y alguna más 👍 Oye, ¿me harías el favor de validarme Auditoría y Docencia universitaria? "
          "Estoy presentándome a una plaza de profesor asociado y cuenta todo. ¡Gracias!"))
P("user_invited_value", "fr", "Inès Belkacem", "Professeure associée en comptabilité | ESSEC", "Cergy",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme évoqué à l'AFC, voici le lien vers notre jeu de données sur les rapports des commissaires aux comptes du SBF 120 (2016-2024), "
          "en libre accès. Et si un papier commun sur les KAM vous tente, je suis partante : je peux rédiger une première note d'idées."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Hannah Whitcombe", "h.whitcombe@kelso.example.ac.uk", "Referee report - quick question",
     "Hi Alex,\n\nI've also sent you a LinkedIn request, but in case you don't check it: could we have a five-minute chat about your financial expert coding?\n\nBest,\nHannah", "en"),
    ("Journal of Advanced Finance Research", "editor@ijafr-journal.example", "Call for Papers: Vol. 14 Issue 3 (APC USD 890)",
     "Dear Professor,\n\nWe found your profile on LinkedIn and ResearchGate. Submit your manuscript for fast-track publication. APC applies after acceptance.", "en"),
    ("Prüfungsamt", "pruefungsamt@hochschule.example.de", "Notenfreigabe Wintersemester",
     "Liebe/r Alex,\n\nbitte geben Sie die Noten bis Freitag frei. Hinweis: Studierende fragen vermehrt nach Empfehlungsschreiben über LinkedIn – bitte nur über das Portal.", "de"),
    ("Service Presse", "presse@ecole.example.fr", "Demande média : Les Échos",
     "Bonjour Alex,\n\nÉlodie Garnier (Les Échos) nous a contactés et vous a aussi écrit sur LinkedIn. Nous pouvons organiser l'entretien si vous le souhaitez.", "fr"),
    ("Secretaría del Consejo", "secretaria@consejo.example.es", "Convocatoria reunión del Consejo – 12 de mayo",
     "Estimado consejero,\n\nle adjuntamos la convocatoria y el orden del día. Recuerde actualizar su biografía en LinkedIn antes de la publicación del informe anual.", "es"),
    ("Segreteria AIDEA", "segreteria@aidea.example.it", "Convegno AIDEA: programma definitivo",
     "Gentile Professore,\n\nin allegato il programma definitivo. Può condividere l'annuncio della sua sessione anche su LinkedIn.", "it"),
    ("SSRN", "alerts@ssrn.example", "Your paper was downloaded 112 times this month",
     "Congratulations, Alex! Your paper was among the top ten downloads in Accounting. Share the news on LinkedIn or X.", "en"),
    ("Owen Marchetti", "owen.marchetti@brightline.example", "Fwd: LinkedIn endorsement thing",
     "Alex,\n\nsorry if my LinkedIn message came across as pushy, my placement director told us to collect endorsements. Ignore it if you like.\n\nOwen", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot twenty-first development corpus (dev21). Generated by scripts/make_corpus_dev21.py (seed {SEED}); do not edit by hand.",
          "# Alex as a professor of accounting and finance who sits on two boards: predatory journals and conferences, academic peers, PhD applicants, "
          "edtech and textbook sellers, board search, journalists. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev21", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
