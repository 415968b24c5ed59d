#!/usr/bin/env python3
"""Write mailbot's eighty-first, independent development corpus: tests/corpus/dev81/*.eml + expected.toml.

The angle: the user Alex is a non-executive board chair with seats on several boards: chair of
Halden Group plc in London, independent director of Groupe Vasseur in Paris, consejero
independiente of Grupo Arlanza in Madrid, consigliere indipendente of Brera Tessile in Milan and
a member of the supervisory board of Rheinauer Logistik AG in Frankfurt. Their LinkedIn world:
board-search firms with real mandates (good), paid "executive clubs", chairs' roundtables and
director forums (sold openly, or dressed up as a peer circle and then sold), ghostwriters and
personal-branding agencies, PR and financial-communication firms, award programmes and
"feature interviews" that turn out to cost money, board-portal and board-evaluation vendors,
private bankers chasing board fees, journalists asking for comment, governance academics with
studies and free seminars, fellow directors with peer questions and shared documents, and
young professionals asking for mentoring. Long formal notes in English, French, Spanish,
Italian and German. Every scenario of the taxonomy appears at least once.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles and keywords, the headlines of spoof-only names and PYMK suggestions, and the notes that
spoofs carry are swapped for boardroom ones in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev81.py              # writes tests/corpus/dev81
    python scripts/make_corpus_dev81.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260881

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ boardroom world (this process only)
SKILLS = {
    "en": ["Corporate Governance", "Board Leadership", "Strategy", "Risk Management", "Mergers & Acquisitions", "ESG"],
    "de": ["Corporate Governance", "Aufsichtsratsarbeit", "Strategie", "Risikomanagement", "Fusionen & Übernahmen"],
    "fr": ["Gouvernance d'entreprise", "Présidence de conseil", "Stratégie", "Gestion des risques", "Fusions et acquisitions"],
    "es": ["Gobierno corporativo", "Liderazgo de consejos", "Estrategia", "Gestión de riesgos", "Fusiones y adquisiciones"],
    "it": ["Corporate Governance", "Leadership del CdA", "Strategia", "Gestione del rischio", "Fusioni e acquisizioni"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Non-Executive Chair, Halden Group plc | Independent Director",
             "de": "Non-Executive Chair bei Halden Group plc | Aufsichtsrat",
             "fr": "Président non exécutif chez Halden Group plc | Administrateur indépendant",
             "es": "Presidente no ejecutivo en Halden Group plc | Consejero independiente",
             "it": "Presidente non esecutivo presso Halden Group plc | Consigliere indipendente"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Independent Non-Executive Director", "Corve Holdings plc"), ("Chair of the Board", "Pennant Water Group"),
              ("Aufsichtsratsmitglied (Anteilseignervertreter)", "Mainufer Industrie AG"), ("Administrateur indépendant", "Groupe Lesueur"),
              ("Consigliere indipendente", "Adda Infrastrutture S.p.A.")]
_OLD_KW = {"en": "financial controller", "de": "Controller", "fr": "contrôleur de gestion", "es": "controller financiero", "it": "controller"}
_NEW_KW = {"en": "non-executive director", "de": "Aufsichtsrat", "fr": "administrateur indépendant", "es": "consejero independiente",
           "it": "consigliere indipendente"}
for _l, _kw in _NEW_KW.items():
    _subj, _line, _btn = mc.OTHER[_l]["job"]
    mc.OTHER[_l]["job"] = (_subj.replace(_OLD_KW[_l], _kw), _line.replace(_OLD_KW[_l], _kw), _btn)
mc.OTHER["en"]["group"] = ("Top conversations in Chairs & Non-Executive Directors UK", "Here are the top conversations in your group this week")
mc.OTHER["en"]["newsletter"] = ("The Board Brief: what investors asked chairs this AGM season", "New edition of a newsletter you subscribed to")
mc.OTHER["en"]["news"] = ("Are boards too slow to replace their CEOs?", "Top stories for you from LinkedIn News")
mc.OTHER["fr"]["news"] = ("Les conseils d'administration sont-ils prêts pour la CSRD ?", "Les actualités du jour de LinkedIn News")
mc.OTHER["de"]["group"] = ("Top-Unterhaltungen in Aufsichtsräte im Dialog", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche")
mc.OTHER["es"]["newsletter"] = ("Consejos que funcionan: la evaluación externa, a examen", "Nueva edición de un boletín al que estás suscrito")
mc.OTHER["it"]["news"] = ("Quanto durano davvero i presidenti nei CdA italiani?", "Le notizie principali di LinkedIn Notizie")
mc.COMPANIES["good"] = ["Halden Group plc", "Groupe Vasseur", "Grupo Arlanza", "Brera Tessile", "Rheinauer Logistik AG", "Corve Holdings",
                        "Whitcliffe Centre for Governance", "Harcourt Lyle"]
mc.COMPANIES["sales"] = ["BoardDesk", "Ghostline", "The Meridian Chairs' Club", "Prisme Influence", "VorstandsCloud", "Kerr Dunmore Private Wealth",
                         "Marca Consejero"]
mc.HEADLINES["good"] = ["Independent Non-Executive Director | {co}", "Company Secretary at {co}", "Chair of the Audit Committee, {co}",
                        "Partner, Board Practice | {co}", "Research Fellow in Corporate Governance, {co}", "General Counsel at {co}"]
mc.HEADLINES["sales"] = ["Business Development Director | {co}", "Founder & CEO at {co}", "Helping chairs be seen | {co}",
                         "Membership Manager at {co}", "Senior Client Partner, {co}"]
# what spoofs carry when they write in someone's name: board-pack and fee-invoice lures
SPOOF_NOTES = {
    "en": ["Alex, the papers for Thursday's board have been uploaded to a secure LinkedIn folder. Please sign in to review them before the meeting.",
           "Hi Alex, attached is the invoice for your director fees that needs your approval today. Confirm here with your LinkedIn login."],
    "de": ["Guten Tag, die Unterlagen zur nächsten Aufsichtsratssitzung liegen für Sie bereit. Bitte melden Sie sich an, um sie abzurufen.",
           "Hallo Alex, Ihre Vergütungsabrechnung für das Mandat ist verfügbar. Bitte bestätigen Sie Ihre Bankdaten über den Link."],
    "fr": ["Bonjour Alex, le dossier du prochain conseil vous a été partagé. Merci de vous connecter pour le consulter avant la séance.",
           "Bonjour, votre relevé de jetons de présence est disponible. Confirmez vos coordonnées bancaires via le lien sécurisé."],
    "es": ["Hola Alex, te he compartido la documentación del próximo consejo. Inicia sesión para descargarla antes de la reunión.",
           "Estimado consejero, su liquidación de dietas está pendiente. Confirme sus datos bancarios en el enlace seguro."],
    "it": ["Buongiorno Alex, la documentazione del prossimo CdA è disponibile nella cartella riservata. Acceda per consultarla.",
           "Gentile consigliere, il prospetto dei suoi compensi è pronto. Confermi i dati bancari tramite il link protetto."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
SPOOF_SUBJECTS = {"en": ["Board papers", "Urgent: fee invoice", "Document shared with you"],
                  "de": ["Sitzungsunterlagen", "Dringend: Abrechnung", "Dokument für Sie"],
                  "fr": ["Dossier du conseil", "Urgent : relevé", "Document partagé"],
                  "es": ["Documentación del consejo", "Urgente: liquidación", "Documento compartido"],
                  "it": ["Documenti del CdA", "Urgente: compensi", "Documento condiviso"]}
for _l, _s in SPOOF_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = list(_s)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Harriet Lawson-Pryce", "Partner, Board Practice | Alder Whitley", "London",
  ("inv", "Alex, I'm leading the chair search for a FTSE 250 specialty insurer and the nominations committee has asked specifically for someone "
          "who has chaired through a CEO transition. Confidential at this stage, but I'd welcome 20 minutes to share the brief. Would you connect?"),
  ("rem",))
P("good_invitation", "fr", "Anne-Sophie Delorme", "Maîtresse de conférences en gouvernance d'entreprise | Université Paris-Dauphine", "Paris",
  ("inv", "Bonjour, je conduis une recherche sur la relation président/DG dans les sociétés cotées à fonctions dissociées. Accepteriez-vous "
          "un entretien de 45 min, anonymisé ? Je vous adresserai la synthèse des résultats avant publication. Bien cordialement, A.-S. Delorme"))
P("good_invitation", "es", "Rodrigo Valcárcel", "Redactor jefe de Empresas | El Observador Económico", "Madrid",
  ("inv", "Buenas tardes, Alex. Preparo un reportaje sobre los presidentes no ejecutivos de las cotizadas españolas y varias fuentes me han "
          "sugerido hablar con usted. ¿Tendría veinte minutos esta semana? Puede ser en off, como prefiera."),
  ("rem",))
P("good_invitation", "it", "Martina Sorrentino", "Analyst, M&A | Banca Ambrosiana", "Milano",
  ("inv", "Gentile Alex, ho 26 anni, lavoro in M&A e l'ho ascoltata in Bocconi parlare del ruolo del presidente. Tra qualche anno vorrei entrare "
          "in un CdA: avrebbe mezz'ora per qualche consiglio su come prepararmi? Capirei benissimo se non avesse tempo."))
P("good_invitation", "de", "Dr. Cornelia Albrecht-Wenz", "Aufsichtsratsvorsitzende | Sprecherin Arbeitskreis Aufsichtsrat Rhein-Main", "Frankfurt am Main",
  ("inv", "Guten Tag, unser Arbeitskreis trifft sich am 12. März in Frankfurt zur Vorstandsnachfolge – Chatham House Rule, für Mandatsträger "
          "kostenfrei. Da Sie im AR der Rheinauer sitzen, wären Sie eine echte Bereicherung. Ich würde mich über Ihre Zusage freuen."))
P("good_invitation", "en", "Graham Tulloch", "Senior Independent Director | Audit Committee Chair", "Edinburgh",
  ("inv", "Hello Alex - I take over as chair of a Scottish mid-cap in the spring, my first chair role after years as SID. You've made that move "
          "twice. Could I ask you a handful of questions about the first six months? Coffee's on me next time you're up in Edinburgh."))
P("good_invitation", "es", "Lucía Terán", "Analista de inversiones | Family office", "Madrid",
  ("inv", "Hola Alex: trabajo en un family office y en unos meses entro en mi primer consejo asesor de una participada. Me encantaría pedirte "
          "consejo, aunque sea un café virtual de 20 minutos. Sé que tienes la agenda a tope, así que me adapto a lo que puedas. ¡Gracias!"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Trevor Banham", "Founder | Boardroom Ready Ltd", "London", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Ludovic Sarrazin", "Consultant relations presse | Agence Halo", "Paris", ("inv", NONOTE))
P("default_invitation", "it", "Gianfranco Bellucci", "Imprenditore | Consigliere di amministrazione", "Brescia", ("inv", DEFAULT))
P("default_invitation", "de", "Holger Wendtland", "Geschäftsführer | Single Family Office", "Frankfurt am Main", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Sebastian Crowhurst", "Membership Director | The Meridian Chairs' Club", "London",
  ("inv", "Alex, the Meridian Chairs' Club is opening a handful of places to chairs of listed companies this season: monthly dinners at our "
          "St James's house and a private deal-flow room. Annual subscription £7,500. May I send you the membership pack?"))
P("sales_invitation", "fr", "Clémentine Vaudrey", "Ghostwriter pour dirigeants | Tribunes, discours, posts", "Paris",
  ("inv", "Bonjour Alex, j'écris pour une vingtaine de présidents et d'administrateurs : tribunes dans la presse éco, discours d'AG, posts "
          "LinkedIn. Forfait à partir de 2 400 € HT/mois. Vos prises de parole méritent plus d'écho : un appel de 20 min pour en parler ?"),
  ("rem",))
P("sales_invitation", "es", "Nacho Berenguer", "CEO @ Marca Consejero | Personal branding para alta dirección", "Madrid",
  ("inv", "Hola Alex! Tienes una trayectoria brutal pero en LinkedIn casi no se ve. En Marca Consejero posicionamos a consejeros como referentes: "
          "contenidos, prensa y premios del sector. ¿Te enseño en una videollamada cómo lo hicimos con tres presidentes del Ibex?"))
P("sales_invitation", "de", "Jana Oberländer", "Key Account Managerin | VorstandsCloud Boardportal", "Frankfurt am Main",
  ("inv", "Guten Tag, bekommen Ihre Gremien die Sitzungsunterlagen noch als PDF per E-Mail? VorstandsCloud ist das Boardportal aus Deutschland, "
          "ISO 27001, in vier Wochen eingeführt. Darf ich Ihnen und dem Gremienbüro eine Demo zeigen?"),
  ("rem",))
P("sales_invitation", "it", "Ludovica Ardenghi", "Founder | Ardenghi Comunicazione – PR per CdA e vertici", "Milano",
  ("inv", "Buongiorno, curiamo le relazioni con i media per presidenti e consiglieri di società quotate: interviste, gestione delle crisi, media "
          "training prima dell'assemblea. Vorrei presentarle i nostri servizi in un breve incontro, anche online. Quando le farebbe comodo?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Rupert Hanley-Ames", "Convenor | The Non-Executive Roundtable", "London",
  ("inv", "Alex, a small group of us who chair listed boards meet quarterly, off the record, to compare notes on CEO succession and investor "
          "pressure. No vendors, no agenda, just peers. You'd be a natural fit. Shall I add you to the list for the next one?"),
  ("msg", "Delighted to have you with us, Alex. Before the next session, a couple of practicalities. The Roundtable runs on a membership basis: "
          "£4,950 a year, which covers the dinners and includes our Chair Effectiveness Review for your own board (normally £8k on its own). "
          "I've attached the joining form. If it comes back signed before the end of the month I can hold the founding-member rate for you.\n\n"
          "Warm regards,\nRupert"),
  ("msg", "Hi Alex, did the joining form reach you? We're down to two founding places and I'd hate you to miss out. Happy to invoice Halden "
          "directly if that's simpler.", (5, 15)))
P("bait_and_switch_invitation", "fr", "Gaspard de Villemont", "Président | Cercle des Administrateurs Indépendants d'Île-de-France", "Paris",
  ("inv", "Cher Alex, notre Cercle réunit une trentaine d'administrateurs indépendants pour des échanges entre pairs, en toute confidentialité : "
          "comités d'audit, rémunérations, crises. Je serais honoré de vous compter parmi nous. Bien à vous, Gaspard de Villemont"),
  ("msg", "Cher Alex,\n\nJe vous remercie d'avoir accepté mon invitation. Je me permets, sans attendre notre prochain dîner, de vous présenter "
          "l'offre « Administrateur Visible » que nous avons conçue avec l'agence Prélude : accompagnement éditorial, tribunes dans la presse "
          "économique, préparation aux interviews et animation de votre présence sur LinkedIn. Elle est réservée aux membres du Cercle, au tarif "
          "de 1 900 € HT par mois avec un engagement de six mois.\n\nJe serais ravi d'en parler de vive voix autour d'un déjeuner, à ma charge "
          "naturellement.\n\nAvec mes sentiments les meilleurs,\nGaspard de Villemont"))
P("bait_and_switch_invitation", "es", "Beatriz Lasheras", "Socia | Lasheras & Prieto Abogados – Gobierno Corporativo", "Madrid",
  ("inv", "Hola Alex, estoy escribiendo un artículo sobre el papel del consejero coordinador tras la última revisión del Código de Buen Gobierno "
          "y me vendría muy bien la visión de un presidente no ejecutivo. ¿Conectamos y te hago un par de preguntas?"),
  ("msg", "Gracias por aceptar, Alex, y perdona la tardanza. Aprovecho para contarte que en el despacho hemos lanzado un servicio de secretaría "
          "del consejo externalizada y evaluación anual del consejo con honorarios cerrados. Por lo que sé de Grupo Arlanza, encajaría muy bien. "
          "¿Me presentarías a vuestra secretaria del consejo, o prefieres que lo veamos antes tú y yo en una reunión de media hora?", (6, 20)))
P("bait_and_switch_invitation", "it", "Ottavio Guazzoni", "Direttore | Osservatorio Indipendente sui Consigli di Amministrazione", "Milano",
  ("inv", "Buongiorno Alex, raccogliamo il punto di vista di presidenti e consiglieri indipendenti per il nostro rapporto annuale sui CdA italiani. "
          "Chi partecipa riceve il rapporto completo gratuitamente. Posso aggiungerla ai miei contatti e mandarle il questionario?"),
  ("msg", "Gentile Alex, grazie per il collegamento. Ecco il questionario: richiede circa 15 minuti e le risposte restano anonime. "
          "Il termine per la compilazione è la fine del mese.", (1, 4)),
  ("msg", "Gentile Alex,\n\nil rapporto 2025 è pronto e la ringrazio per il contributo. La versione sintetica è disponibile per tutti; la "
          "versione integrale, con il posizionamento di Brera Tessile rispetto ai peer e una board review personalizzata con i nostri analisti, "
          "ha un costo di 6.500 € + IVA, scontato del 20% per chi ha partecipato all'indagine. Se è d'accordo, le invio la proposta da "
          "sottoporre al segretario del consiglio.\n\nCordiali saluti,\nOttavio Guazzoni", (20, 45)))
P("bait_and_switch_invitation", "de", "Konstantin Behrendt", "Gründer | Chairperson Collective DACH", "München",
  ("inv", "Hallo Alex, ich lade gerade eine Handvoll AR-Vorsitzende und -Mitglieder in einen vertraulichen Peer-Kreis ein: viermal im Jahr, "
          "Frankfurt oder online, kollegiale Fallberatung ohne Berater im Raum. Es würde mich freuen, wenn Sie dabei wären."),
  ("msg", "Danke fürs Annehmen, Alex! Damit Sie im Kreis gleich voll einsteigen können, empfehle ich vorab unser Board-Leadership-Coaching "
          "(sechs Einzelsitzungen, 8.900 € zzgl. MwSt.). Die meisten Mitglieder haben so begonnen, und die Kosten trägt in der Regel das "
          "Unternehmen. Wann passt Ihnen ein kurzes Telefonat?"),
  ("msg", "Hallo Alex, kurze Erinnerung: Die Coaching-Plätze für das erste Quartal sind fast vergeben. Soll ich Ihnen einen reservieren? "
          "Die Rechnung kann direkt an die Rheinauer gehen."))
P("bait_and_switch_invitation", "en", "Malcolm Dyce", "Author, 'The Quiet Chair' | Board mentor", "Glasgow",
  ("inv", "Alex, I've just published a short book on how chairs handle conflict around the board table. Happy to send you a signed copy, no "
          "strings attached. If you connect, drop me a postal address and it's yours."),
  ("msg", "Hope The Quiet Chair arrived in one piece! A lot of readers go on to my Chair Mastery programme: six one-to-one sessions over six "
          "months, £6,000 all in. I have one opening from March. Shall I pencil you in?", (10, 25)),
  ("msg", "Alex, March is almost spoken for. Let me know by Friday if you'd like the slot, otherwise it goes to the next person on the list."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dominic Ferreira-Hale", "Editor-at-Large | Boardroom Leaders Quarterly", "London",
  ("inm", "Feature interview: chairs who faced down activists",
   "Dear Alex,\n\nOur summer issue profiles chairs who have taken their boards through an activist campaign, and your name came up more than "
   "once in our research, not least for the way Halden handled last year's approach. Would you be open to a 30-minute interview? No "
   "preparation needed; we send the questions in advance and you approve the final text.\n\nKind regards,\nDominic Ferreira-Hale\nEditor-at-Large"),
  ("inm", "Your feature: next steps",
   "Dear Alex,\n\nThank you for saying yes, the editorial team is thrilled. To confirm the format: features in the summer issue run as part "
   "of our Leadership Showcase, a four-page profile with professional photography, a video cut for social media and distribution to 80,000 "
   "C-suite readers. The partner contribution is £6,800 + VAT, and I can offer 10% off if we receive the booking form by the 15th. I've "
   "attached it for your convenience.\n\nBest,\nDominic"))
P("bait_and_switch_inmail", "it", "Serena Malaspina", "Segreteria organizzativa | Premio Governance d'Eccellenza", "Roma",
  ("inm", "Premio Governance d'Eccellenza 2025 – sua candidatura",
   "Gentile Dott. Morgan,\n\nho il piacere di comunicarle che il Comitato scientifico del Premio Governance d'Eccellenza l'ha selezionata tra "
   "i candidati alla categoria «Presidente dell'anno». La cerimonia si terrà a Milano a novembre, alla presenza di esponenti delle istituzioni "
   "e della stampa economica.\n\nLe chiedo cortesemente di confermarmi il suo interesse a rimanere in gara.\n\nCordiali saluti,\nSerena Malaspina"),
  ("inm", "Conferma candidatura – modalità",
   "Gentile Dott. Morgan,\n\nla ringrazio per la cortese risposta. Per perfezionare la candidatura è prevista una quota di partecipazione di "
   "3.200 € + IVA, che comprende un tavolo per due persone alla cena di gala, la pubblicazione del profilo nel volume celebrativo e l'uso del "
   "logo «Finalista» per dodici mesi. Le allego il modulo di adesione e gli estremi per il bonifico, da effettuare entro il 30 del mese.\n\n"
   "Resto a disposizione,\nSerena Malaspina"))
P("bait_and_switch_inmail", "de", "Dr. Henrik Sauerbrey", "Fachautor Organhaftung | Versicherungsmakler", "Hamburg",
  ("inm", "Frage zur Cyber-Haftung im Aufsichtsrat",
   "Guten Tag Alex Morgan,\n\nich schreibe derzeit an einer Beitragsreihe für eine Fachzeitschrift über die persönliche Haftung von "
   "Aufsichtsratsmitgliedern nach Cyberangriffen. Mir fehlt noch die Perspektive eines AR-Mitglieds aus der Logistikbranche. Wären Sie bereit, "
   "zwei oder drei Fragen per Nachricht zu beantworten? Selbstverständlich anonym.\n\nMit freundlichen Grüßen\nDr. Henrik Sauerbrey"),
  ("inm", "Nachtrag zu unserem Austausch",
   "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre offenen Antworten, sie helfen mir sehr. Dabei ist mir aufgefallen, dass Sie sich vermutlich "
   "allein auf die D&O-Police der Gesellschaft verlassen. Viele Mandatsträger übersehen die Lücken bei Selbstbehalt und Innenhaftung. Ich kann "
   "Ihnen eine persönliche Eigenschaden-D&O ab 1.380 € Jahresprämie anbieten und bis Freitag ein verbindliches Angebot zusenden. Darf ich dafür "
   "kurz Ihre Mandate aufnehmen?\n\nBeste Grüße\nHenrik Sauerbrey"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Felicity Garside", "Independent Non-Executive Director | RemCo Chair", "Bath",
  ("end",), ("end",),
  ("msg", "Morning Alex! I've just endorsed you for {skill} (long overdue, frankly). Slightly cheeky request: I'm on two NED shortlists this "
          "spring and the search consultant told me my profile looks thin on endorsements. Could you add a couple for me, Remuneration and "
          "Board Effectiveness ideally? Thank you so much x"))
P("endorse_me_back", "fr", "Hervé Lancelin", "Administrateur de sociétés | Ancien directeur financier", "Lyon",
  ("end",),
  ("msg", "Bonjour Alex,\n\nJe me suis permis de vous recommander pour la compétence « {skill} », ce qui n'était que justice. Auriez-vous "
          "l'amabilité de me rendre la pareille pour « Gouvernance d'entreprise » et « Comité d'audit » ? Je prépare mon dossier de "
          "certification d'administrateur et ces recommandations comptent.\n\nAvec mes remerciements anticipés,\nHervé Lancelin"))
P("endorse_me_back", "es", "Marisa Echevarría", "Consejera independiente | ESG y Sostenibilidad", "Bilbao",
  ("end",), ("end",),
  ("msg", "holaa Alex!! te he validado {skill} y un par más, que te lo mereces de sobra. Oye ya que estamos, ¿me validas ESG y Sostenibilidad? "
          "Estoy en un proceso para un consejo y me vendría genial 🙏🙏"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Clive Armitage", "Founder & CEO | ChairCoach – board performance", "Guildford",
  ("inv", "Alex, I coach chairs to run tighter, faster boards. Would value connecting."),
  ("rem",),
  ("inm", "A one-line reply costs nothing",
   "Alex, I sent you an invitation, then a reminder, and got nothing back. For someone who lectures boards on stakeholder engagement you're "
   "remarkably poor at it yourself. A simple 'no thanks' would have been the decent thing. I won't forget it."))
P("hostility_after_decline", "fr", "Yannick Forestier", "Étudiant ESSEC | Master Finance | À la recherche d'un stage", "Paris",
  ("inv", "Bonjour Monsieur, étudiant en dernière année à l'ESSEC, je m'intéresse beaucoup à la gouvernance d'entreprise. Accepteriez-vous "
          "d'échanger 15 minutes avec moi sur votre parcours ? Je vous en serais très reconnaissant."),
  ("inm", "Déçu",
   "Bonjour Monsieur,\n\nJe constate que vous n'avez pas jugé utile de répondre, ni même de refuser. C'est dommage. On nous répète à longueur "
   "de conférences que les dirigeants doivent « tendre la main à la jeune génération », mais visiblement ce ne sont que des mots pour les tables "
   "rondes. Je retiendrai la leçon, et je ne serai jamais ce genre d'administrateur.\n\nY. Forestier"))
P("hostility_after_decline", "es", "Fermín Altamirano", "Director Comercial | Club Ejecutivo Castellana", "Madrid",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Cuestión de educación",
   "Sr. Morgan:\n\nVeo que ni acepta mi invitación ni se digna a contestar. Permítame recordarle que en este país las cosas se hacen con "
   "educación, y que un consejero que presume de buen gobierno debería empezar por ahí. Usted sabrá lo que hace, pero así no se llega muy lejos."
   "\n\nF. Altamirano"))
P("hostility_after_decline", "it", "Massimiliano Corradi", "Consulente di executive search | Boutique indipendente", "Milano",
  ("inv", "Salve, mi occupo di ricerca di consiglieri indipendenti per PMI quotate. Collegarci potrebbe esserle utile per futuri incarichi."),
  ("inm", "Senza parole",
   "Egregio dottore,\n\ncredevo che una persona nel suo ruolo avesse un minimo di educazione istituzionale. Ignorare chi lavora nel suo stesso "
   "ambiente è un atteggiamento arrogante, e nel nostro piccolo mondo certe cose si notano e si ricordano. Stia tranquillo, non la disturberò più."
   "\n\nM. Corradi"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Gavin Shorrock", "Director | Shorrock PR – reputation for leaders", "Manchester",
  ("msg", "Alex, saw the coverage of Halden's results. Bluntly, the press narrative got away from the board on that one. We run reputation "
          "programmes for chairs, retained from £3k a month, and we'd have had a story out before the FT did. 20 minutes this week?"),
  ("msg", "Fine, I'll take the silence as a no. I'd have expected basic courtesy from the chair of a listed company, but maybe that explains why "
          "the press runs rings round your board. Good luck at the AGM, you'll need it.", (4, 12)))
P("hostility_connection", "de", "Sigrid Pfannenstiel", "Inhaberin | Pfannenstiel Executive Branding", "Wiesbaden",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Mir fällt auf, dass Sie kaum posten – schade bei Ihrer Vita. Mit meinem Executive-Branding-Paket "
          "(drei Monate, 5.400 € netto) machen wir Sie in Ihrer Branche sichtbar: Positionierung, Redaktionsplan, Ghostwriting. Sollen wir "
          "nächste Woche telefonieren?"),
  ("msg", "Ihre knappe Absage habe ich gelesen. Ehrlich gesagt: Wer selbst eine Kontaktanfrage schickt und dann so kurz angebunden reagiert, "
          "braucht sich über sein Image nicht zu wundern. Aufsichtsräte Ihrer Generation haben den Anschluss an die digitale Welt ohnehin verpasst."))
P("hostility_connection", "es", "Jacobo Urquiza", "Asesor patrimonial | Banca privada", "Madrid",
  ("msg", "Buenos días, Alex. Como consejero con varios mandatos seguramente tienes una situación fiscal compleja entre España, Reino Unido e "
          "Italia. En nuestra banca privada estructuramos patrimonios de consejeros internacionales. ¿Te viene bien una reunión de 30 minutos la "
          "semana que viene?"),
  ("msg", "Alex, te escribo de nuevo por si se perdió mi mensaje. Tenemos una solución de inversión con ventajas fiscales que cierra el día 30. "
          "¿Lo vemos?"),
  ("msg", "Pues nada. Tres mensajes y ni un triste «no me interesa». Con gente así sentada en los consejos no me extraña cómo van algunas "
          "empresas. Que te vaya bonito."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Tobias Wren", "Founder | Ghostline – ghostwriting for the C-suite", "London",
  ("msg", "Hi Alex, hope AGM season has been kind. Chairs who post twice a week get around nine times the profile views of those who don't, and "
          "investors notice. Ghostline writes in your voice from a 20-minute monthly call. First month at half price for new clients?"),
  ("msg", "Alex, I took the liberty of drafting a sample post for you on board succession, just to show the tone. If it lands, our Chair "
          "package is £2,200 a month, cancel any time. Want me to send it over?"),
  ("msg", "Last nudge from me: we're onboarding two new chairs in January. Shall I keep one of the places for you?"))
P("connection_only_pitches", "fr", "Solène Guibert", "Directrice du développement | Rencontres Annuelles des Administrateurs", "Paris",
  ("msg", "Bonjour Alex, les inscriptions aux Rencontres Annuelles des Administrateurs sont ouvertes : deux jours à Deauville, dix tables rondes, "
          "un dîner de gala. Tarif administrateur : 1 850 € HT, 1 490 € avant le 15. Je vous réserve une place ?"),
  ("msg", "Bonjour Alex, petite relance : le tarif préférentiel se termine vendredi. Nous proposons aussi des formules partenaires pour les "
          "sociétés où vous siégez, prise de parole en plénière incluse. Un échange rapide ?"))
P("connection_only_pitches", "it", "Pierluigi Zanetti", "Private Banker | Consulenza patrimoniale per manager e consiglieri", "Milano",
  ("msg", "Buongiorno Alex, spesso chi siede in più consigli in paesi diversi ha compensi, tassazione e previdenza sparsi ovunque. Noi li "
          "mettiamo in ordine con una gestione patrimoniale dedicata. Le andrebbe un caffè in via Montenapoleone per conoscerci?"),
  ("msg", "Gentile Alex, le segnalo che abbiamo aperto il collocamento di una nuova polizza unit linked pensata per chi ha redditi in più "
          "paesi. Posso mandarle la scheda prodotto e fissare una call?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Harjit Sandhu", "Head of Partnerships | BoardDesk", "London",
  ("msg", "Alex, quick one since we're connected: BoardDesk has just launched AI minute-taking for board and committee meetings, UK-hosted and "
          "GDPR-compliant. A dozen FTSE 250 company secretaries are piloting it. Worth a 20-minute demo with Halden's cosec team?"), nl="en")
P("single_pitch", "de", "Dr. Ingmar Petersen", "Partner | Petersen Board Consulting", "Frankfurt am Main",
  ("msg", "Guten Tag Alex,\n\nbei der Rheinauer Logistik steht nach meiner Kenntnis die nächste externe Effizienzprüfung des Aufsichtsrats an. "
          "Wir haben dafür ein schlankes, DCGK-konformes Verfahren entwickelt: Interviews, Benchmark, Abschlussworkshop, Festpreis. Hätten Sie "
          "Interesse an einem unverbindlichen Gespräch, bevor der Auftrag ausgeschrieben wird?\n\nBeste Grüße\nIngmar Petersen"))
P("single_pitch", "es", "Lorena Casaseca", "Directora de cuentas | Comunicación financiera y relación con inversores", "Madrid",
  ("msg", "Hola Alex, ahora que se acerca la junta de Arlanza, te cuento que preparamos a presidentes para las preguntas incómodas de "
          "accionistas y prensa: simulacros, argumentario y apoyo el mismo día de la junta. ¿Te paso una propuesta?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Margaret Ashdown-Reeve", "Chair | Senior Independent Director", "London",
  ("msg", "Alex, as promised at the dinner, attached is the board evaluation questionnaire we used at Corve last year, names stripped out. "
          "Steal whatever's useful. Also, a few of us chairs are putting together a joint response to the FRC consultation on the internal "
          "controls provision; if you'd like to add your name or comments, the draft sits in the shared folder until the 20th."),
  ("msg", "Thanks for your comments, they sharpened section 3 considerably. Final version as submitted is attached, with your name on it. "
          "Next dinner is 4 June if you're in town."))
P("connection_brings_value", "fr", "Jean-Baptiste Hérault", "Professeur de droit des sociétés | Sciences Po", "Paris",
  ("end",),
  ("msg", "Cher Alex,\n\nNous organisons le 18 novembre, à Sciences Po, un séminaire fermé sur la responsabilité des administrateurs après la "
          "directive CSRD : deux magistrats, une présidente de comité d'audit et moi-même. La participation est gratuite et validée au titre de "
          "la formation continue des administrateurs. Votre expérience des conseils à Londres et à Paris enrichirait beaucoup la discussion. "
          "Je vous fais suivre le programme si cela vous intéresse.\n\nBien amicalement,\nJean-Baptiste"))
P("connection_brings_value", "it", "Donatella Ferrante", "Consigliera indipendente | Presidente Comitato Nomine e Remunerazioni", "Milano",
  ("msg", "Ciao Alex, ti giro la bozza del nuovo regolamento del comitato nomine che abbiamo rifatto dopo l'autovalutazione: c'è anche la "
          "matrice delle competenze di cui ti parlavo a cena. Usala pure per Brera Tessile se ti torna utile. Se hai commenti li prendo "
          "volentieri prima del CdA di giovedì."))
P("connection_brings_value", "de", "Prof. Dr. Malte Reuschenbach", "Lehrstuhl für Corporate Governance | Goethe-Universität Frankfurt", "Frankfurt am Main",
  ("msg", "Lieber Alex,\n\nunsere Studie zur Zusammenarbeit von Aufsichtsratsvorsitz und Vorstand ist jetzt erschienen; das PDF hänge ich an, "
          "frei zur Weitergabe. Am 7. Mai stellen wir die Ergebnisse im House of Finance vor, Eintritt frei, anschließend Empfang. Über Ihr "
          "Kommen würde ich mich sehr freuen, gern auch mit einem kurzen Kommentar aus der Praxis auf dem Podium.\n\nHerzliche Grüße\n"
          "Malte Reuschenbach"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Camilla Strathearn", "Partner | Harcourt Lyle Board Advisory", "London",
  ("inm", "Chair, AIM-listed renewables group (confidential)",
   "Dear Alex,\n\nI'm retained by the nominations committee of an AIM-listed renewables developer (market cap c.£600m, operations in the UK "
   "and Iberia) to find their next independent non-executive chair. The current chair steps down at the 2026 AGM. They want someone who has "
   "chaired a listed board through a capital raise and knows the Spanish market, which is why your name is on our list.\n\nTime commitment is "
   "around 30 days a year; the fee is £165,000. I'd be glad to talk you through the brief in confidence. Would a call next week suit?\n\n"
   "With best wishes,\nCamilla Strathearn\nHarcourt Lyle"))
P("stranger_inmail_recruiter", "fr", "Pierre-Alexandre Vernet", "Associé | Vernet & Associés – Conseils d'administration", "Paris",
  ("inm", "Mandat d'administrateur indépendant – ETI industrielle familiale",
   "Monsieur,\n\nNous accompagnons une ETI industrielle familiale (1,2 Md€ de chiffre d'affaires, siège à Lyon) dans le recrutement de deux "
   "administrateurs indépendants, dont l'un a vocation à présider le comité d'audit. La famille actionnaire souhaite un profil international, "
   "ayant déjà siégé dans des conseils de sociétés cotées, à l'aise en anglais comme en français.\n\nVotre parcours correspond de près au "
   "cahier des charges. Seriez-vous disposé à un premier échange confidentiel de trente minutes ? Je peux vous transmettre au préalable la "
   "fiche de mission.\n\nJe vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.\n\nPierre-Alexandre Vernet"))
P("stranger_inmail_recruiter", "es", "Inmaculada Robles", "Socia | Robles Consejo – Búsqueda de consejeros", "Madrid",
  ("inm", "Presidencia no ejecutiva – compañía del Mercado Continuo",
   "Estimado Sr. Morgan:\n\nLa comisión de nombramientos de una compañía del Mercado Continuo, del sector de infraestructuras, nos ha encargado "
   "la búsqueda de un presidente no ejecutivo que sustituya al actual tras la junta de 2026. Buscan experiencia presidiendo consejos de "
   "sociedades cotizadas, conocimiento del inversor institucional británico y disponibilidad para pasar parte del año en Madrid.\n\nLa "
   "remuneración fija es de 280.000 € anuales. Me gustaría compartir con usted el perfil completo con total confidencialidad. ¿Tendría "
   "disponibilidad para una llamada la próxima semana?\n\nUn cordial saludo,\nInmaculada Robles"))
P("stranger_inmail_recruiter", "de", "Friederike von Ahlen", "Partnerin | Board & CEO Practice, Kessler Lindt", "Frankfurt am Main",
  ("inm", "Supervisory board seat – MDAX industrial group",
   "Dear Alex,\n\nI'm writing on behalf of the nomination committee of an MDAX-listed industrial group that is looking for a shareholder "
   "representative on its supervisory board, ideally someone who could chair the audit committee from 2026. Board language is German, but the "
   "committee is comfortable with English-speaking members and provides interpretation.\n\nThe role involves six plenary meetings plus "
   "committee work; remuneration follows the published scheme (about €140k including the committee chair supplement). Your Rheinauer "
   "mandate and your chair experience in London make you a strong fit. Could we speak confidentially this week or next?\n\nKind regards,\n"
   "Friederike von Ahlen\nKessler Lindt"), nl="en")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jasper Quennell", "Membership Director | The Lancaster Directors' Forum", "London",
  ("inm", "An invitation to the Lancaster Forum",
   "Dear Alex,\n\nThe Lancaster Directors' Forum brings together 200 chairs and non-executive directors for private briefings with ministers, "
   "regulators and fund managers. Membership is by nomination and I'm delighted to extend one to you. The annual subscription is £3,200 + VAT, "
   "with a reduced joining fee this quarter.\n\nCould I send you the prospectus?\n\nYours sincerely,\nJasper Quennell"),
  ("inm", "Lancaster Forum: reduced joining fee ends Friday",
   "Dear Alex, a brief reminder that the reduced joining fee closes on Friday. I'd be happy to arrange a tour of the club beforehand if that "
   "would help you decide."))
P("stranger_inmail_sales", "it", "Valeria Ghisalberti", "Partner | Studio Ghisalberti – Discorsi e ghostwriting per il vertice", "Milano",
  ("inm", "Il suo discorso all'assemblea",
   "Gentile Alex,\n\nscriviamo i discorsi e le lettere agli azionisti di alcuni presidenti di società quotate a Piazza Affari. In vista "
   "dell'assemblea di Brera Tessile le proponiamo un pacchetto completo: lettera del presidente nel bilancio, discorso assembleare e "
   "preparazione alle domande, a 7.800 € + IVA. Posso mandarle qualche esempio e fissare un incontro?\n\nCordialmente,\nValeria Ghisalberti"))
P("stranger_inmail_sales", "es", "Borja Iturriaga", "Director de Eventos | Cumbre de Consejeros Iberia", "Madrid",
  ("inm", "Ponente en la Cumbre de Consejeros Iberia 2025",
   "Estimado Alex:\n\nNos encantaría contar con usted en la Cumbre de Consejeros Iberia 2025 (Madrid, 23 de octubre, 600 asistentes). Los "
   "espacios de ponencia se ofrecen dentro de nuestros paquetes de patrocinio, desde 9.500 € + IVA, que incluyen stand, dos entradas VIP y "
   "difusión en medios. ¿Le envío el dossier comercial?\n\nSaludos cordiales,\nBorja Iturriaga"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Dr. Imogen Thackeray", "Senior Research Fellow, Board Effectiveness | Whitcliffe Centre for Governance", "Cambridge",
  ("inv", "Alex, we've just finished a three-year study of 40 UK boards and what makes chair-CEO relationships break down. Happy to send you the "
          "full report free; it draws on interviews with people in your seat and I'd value your reaction."),
  ("msg", "As promised, here's the report (PDF attached). Chapter 4, on the first year after a CEO appointment, may be the most relevant to "
          "Halden. I'd love to hear what rings true and what doesn't."),
  ("msg", "Hi Alex, hope the report was useful. We've now turned the research into an advisory practice: a facilitated board effectiveness "
          "review built on the same method, £28,000 for a board of Halden's size. With the Code's three-yearly external review coming up, "
          "could I put a proposal in front of you and your company secretary?", (15, 40)))
P("good_turns_ugly", "fr", "Laurent Puységur", "Administrateur indépendant | Président de comité d'audit", "Bordeaux",
  ("inv", "Bonjour Alex, nous siégeons tous deux dans des comités d'audit de sociétés du SBF 120. Je m'interroge sur la façon dont vous "
          "organisez les sessions hors présence de la direction : pourrions-nous en parler quelques minutes entre pairs ?"),
  ("msg", "Merci pour votre réponse si détaillée. En retour, voici la charte de notre comité d'audit et le calendrier annuel que nous avons "
          "refondus l'an dernier : n'hésitez pas à vous en inspirer."),
  ("end",),
  ("msg", "Cher Alex, je viens de vous recommander pour « {skill} ». Me feriez-vous le plaisir de faire de même pour moi sur « Audit interne » "
          "et « Gouvernance » ? Je candidate à un nouveau mandat et cela aide, paraît-il."))
P("good_turns_ugly", "it", "Giorgio Scanavino", "Community Manager | Rete Amministratori Indipendenti Lombardia", "Milano",
  ("inv", "Buongiorno Alex, il 20 febbraio organizziamo a Milano un incontro gratuito tra consiglieri indipendenti sul nuovo Codice di "
          "Corporate Governance, con due relatori di Consob. Ci farebbe piacere averla con noi, anche solo in ascolto."),
  ("msg", "Grazie per essere venuto giovedì! Come promesso le allego le slide dei relatori e la sintesi del dibattito. Alla prossima."),
  ("msg", "Gentile Alex, le scrivo per presentarle il nostro percorso di certificazione «Consigliere Qualificato»: otto moduli, attestato "
          "riconosciuto dagli head hunter, 4.200 € + IVA. A chi partecipa ai nostri incontri riserviamo il 15% di sconto. Le interessa ricevere "
          "il programma?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Rowena Pillai", "Founder | Chairs' Voice – thought leadership for board members", "London",
  ("inm", "Your voice as a chair",
   "Hi Alex, I help chairs build a visible point of view: op-eds, podcasts, LinkedIn. Retainers start at £1,800 a month. Could we find 20 minutes?"),
  ("inv", "Alex, loved your remarks on the IoD panel about chairs and activist investors. Would be great to be connected."))
P("reinvite_known_bad", "de", "Bastian Kuhlmann", "Vertrieb | Boardportal Nexus", "Stuttgart",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir haben uns kurz beim Aufsichtsratstag in Frankfurt gesehen. Würde mich über die Vernetzung freuen!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Aymeric Brossard", "Fondateur | Club Étoile des Dirigeants", "Paris",
  ("inv", "Bonjour Alex, le Club Étoile réunit chaque mois 40 dirigeants et administrateurs autour d'un dîner d'affaires. Cotisation annuelle "
          "2 900 € HT. Puis-je vous envoyer une invitation pour notre prochain dîner découverte ?"),
  ("inm", "Votre silence",
   "Monsieur Morgan, trois semaines sans réponse à une invitation polie. Je pensais qu'un administrateur de votre rang connaissait les usages. "
   "Je constate que la courtoisie ne s'apprend plus dans les conseils d'administration. Bonne continuation.", (18, 30)),
  ("inv", "Bonjour Alex, nous sommes peut-être partis sur de mauvaises bases. Je serais heureux de reprendre contact, sans arrière-pensée."))
P("reinvite_known_ugly", "es", "Gonzalo Ybarra Solís", "Consultor | Alta dirección y consejos", "Madrid",
  ("inm", "Una consulta entre colegas",
   "Estimado Alex: estoy preparando mi primera etapa como consejero en una empresa familiar y me gustaría saber cómo organiza usted la relación "
   "con el primer ejecutivo fuera de las reuniones del consejo. ¿Podría hacerle dos o tres preguntas?"),
  ("inm", "Una propuesta",
   "Muchas gracias por su respuesta tan generosa. Le comento que también dirijo una firma que ofrece a los consejos programas de formación en "
   "ciberseguridad y cumplimiento normativo, desde 12.000 € por consejo. ¿Podríamos presentarlo en Grupo Arlanza? Si me facilita el contacto "
   "de la secretaria del consejo, yo me encargo del resto."),
  ("inv", "Hola Alex, ¿conectamos? Así seguimos en contacto."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Alistair Kerr-Dunmore", "Managing Partner | Kerr Dunmore Private Wealth", "Edinburgh",
  ("acc",),
  ("msg", "Thanks for the connection, Alex, good to put a face to the name after the St Andrews dinner. Board fees paid in four or five "
          "countries are exactly our territory: we look after the finances of people with portfolio careers. Happy to do a no-cost review of "
          "how yours are being taxed and invested. Shall I have my assistant find a time?"))
P("user_invited_pitch_once", "it", "Federica Landolfi", "Head of Sales Italia | ConsiglioDigitale – board portal", "Milano",
  ("acc",),
  ("msg", "Grazie per l'invito, Alex! Visto che siede in più CdA, le segnalo che ConsiglioDigitale permette di gestire convocazioni, libri "
          "sociali e verbali di tutti i consigli da un'unica app, con firma digitale. Le andrebbe una demo di 20 minuti con la segreteria "
          "societaria di Brera Tessile?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Matthieu Caradec", "Directeur associé | Agence Prisme – communication d'influence", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Ravi de poursuivre l'échange entamé au dîner de l'Institut. Comme je vous le disais, nous "
          "accompagnons les présidents dans leur communication d'influence : tribunes, relations presse, présence LinkedIn. Je vous propose un "
          "diagnostic de votre image, facturé 3 500 € et déductible si nous poursuivons. Intéressé ?"),
  ("msg", "Bonjour Alex, je reviens vers vous au sujet du diagnostic. Nous avons une fenêtre avant l'assemblée générale de Vasseur, ce serait "
          "le bon moment. Je vous envoie la proposition ?"))
P("user_invited_pitch_twice", "de", "Carolin Weyrauch", "Senior Beraterin | Vergütungssysteme für Vorstand und Aufsichtsrat", "Düsseldorf",
  ("acc",),
  ("msg", "Danke für die Kontaktanfrage, Alex! Ich hatte beim Panel ja schon angedeutet, dass viele Vergütungssysteme nach ARUG II "
          "nachgeschärft werden müssen. Wir übernehmen das komplett, inklusive Vergütungsbericht. Soll ich Ihnen für die Rheinauer ein Angebot "
          "schicken?"),
  ("msg", "Hallo Alex, ich melde mich noch einmal: Bis zur Hauptversammlung bleibt nicht mehr viel Zeit. Unser Paketpreis für Vergütungssystem "
          "und -bericht liegt bei 38.000 €. Wann können wir sprechen?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Dr. Kwame Asante-Brown", "Lecturer in Corporate Governance | Thameside Business School", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, and for the sharp question at the end of my talk. Here's the working paper on chair tenure and board "
          "renewal I mentioned (SSRN link), plus the dataset, which is open for anyone to use. We're also running a free practitioner panel on "
          "12 June at the school; I'd be delighted if you joined as a speaker, or just came along."), nl="en")
P("user_invited_value", "es", "Paloma Giner", "Periodista | Revista Consejeros", "Madrid",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex. Como te comenté en el foro, en el número de otoño publicamos una serie de entrevistas a presidentes no "
          "ejecutivos sobre su relación con los primeros ejecutivos. Es una entrevista editorial, sin coste ni compromiso, y podrás revisar tus "
          "citas antes de publicar. ¿Te encaja una conversación de 40 minutos en septiembre?"))
P("user_invited_value", "it", "Edoardo Fumagalli", "Presidente | Comitato Corporate Governance, Associazione Emittenti Italiani", "Milano",
  ("acc",),
  ("msg", "Gentile Alex, grazie per il collegamento. Come anticipato al convegno, le invio la bozza delle linee guida sulla successione degli "
          "amministratori delegati che stiamo preparando: un suo commento dalla prospettiva inglese sarebbe prezioso. Il 3 ottobre terremo un "
          "workshop riservato ai presidenti, gratuito. Le mando l'invito?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Ulrich Hagedorn", "Aufsichtsratsmitglied | ehem. CFO", "Düsseldorf", ("acc",))
P("acceptance_only", "en", "Philippa Rowntree", "Company Secretary | Halden Group plc", "London", ("acc",))
P("lone_endorsement", "es", "Íñigo Zabaleta", "Director Financiero | Grupo Arlanza", "Madrid", ("end",))
P("lone_endorsement", "fr", "Capucine Ravel", "Chargée de mission gouvernance | Groupe Vasseur", "Paris", ("end",))


# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Philippa Rowntree", "company.secretary@haldengroup.example.co.uk", "Board papers for 14 March and bio for the annual report",
     "Dear Alex,\n\nThe board pack for the 14 March meeting is now in the portal. Separately, the annual report team has asked every director "
     "to check their biography; they will use the wording from your LinkedIn profile unless you send an update by Friday.\n\nKind regards,\nPhilippa", "en"),
    ("Harriet Lawson-Pryce", "hlp@alderwhitley.example.com", "Chair search - brief (strictly confidential)",
     "Alex,\n\nFurther to my note on LinkedIn, please find attached the brief for the chair role. I'd be grateful if you kept it to yourself for "
     "now. I'm free Tuesday or Thursday afternoon for a call.\n\nBest,\nHarriet", "en"),
    ("Anne-Sophie Delorme", "as.delorme@dauphine.example.fr", "Étude sur la dissociation des fonctions – note d'information",
     "Bonjour,\n\nJe me permets de compléter mon invitation sur LinkedIn par la note d'information de l'étude et le formulaire de consentement. "
     "Les entretiens ont lieu en visio ou à Dauphine, à votre convenance.\n\nBien cordialement,\nAnne-Sophie Delorme", "fr"),
    ("Secretaría del Consejo – Grupo Arlanza", "secretaria.consejo@grupoarlanza.example.es", "Convocatoria del Consejo de Administración – 22 de mayo",
     "Estimado consejero:\n\nAdjuntamos la convocatoria y el orden del día. Le recordamos que, hasta la publicación de resultados, no deben "
     "comentarse en redes sociales, incluido LinkedIn, asuntos tratados en el consejo.\n\nAtentamente,\nSecretaría del Consejo", "es"),
    ("Gremienbüro Rheinauer Logistik", "gremienbuero@rheinauer-logistik.example.de", "Einladung zur Aufsichtsratssitzung am 19. Juni",
     "Sehr geehrte Mitglieder des Aufsichtsrats,\n\nanbei die Einladung und die Tagesordnung. Hinweis der IT-Sicherheit: Derzeit kursieren "
     "gefälschte LinkedIn-Nachrichten im Namen des Vorstands mit Links zu angeblichen Sitzungsunterlagen. Unterlagen erhalten Sie "
     "ausschließlich über das Boardportal.\n\nMit freundlichen Grüßen\nGremienbüro", "de"),
    ("Segreteria Societaria Brera Tessile", "segreteria.societaria@breratessile.example.it", "Calendario CdA secondo semestre",
     "Gentili Consiglieri,\n\nin allegato il calendario delle riunioni del secondo semestre. Il comunicato sui risultati semestrali sarà "
     "pubblicato sul sito e rilanciato sulla pagina LinkedIn della società il giorno stesso.\n\nCordiali saluti,\nSegreteria Societaria", "it"),
    ("Boardroom Summit Europe", "events@boardroomsummit.example.com", "Alex, your peers are talking about you on LinkedIn",
     "Hi Alex,\n\nSeveral chairs in your LinkedIn network have registered for Boardroom Summit Europe in Amsterdam. Early-bird passes at "
     "€1,490 end this week.\n\nThe Boardroom Summit team", "en"),
    ("Malte Reuschenbach", "reuschenbach@gov.uni-frankfurt.example.de", "Studie AR-Vorsitz und Vorstand – Einladung 7. Mai",
     "Lieber Alex,\n\nfalls meine LinkedIn-Nachricht untergegangen ist: Die Studie und die Einladung zum 7. Mai hänge ich hier noch einmal an.\n\n"
     "Herzliche Grüße\nMalte", "de"),
    ("Groupe Vasseur – Direction juridique", "juridique@groupe-vasseur.example.fr", "Déclaration annuelle des mandats",
     "Bonjour,\n\nMerci de nous retourner la liste à jour de vos mandats pour le document d'enregistrement universel. Vous pouvez joindre votre "
     "CV ; un lien vers votre profil LinkedIn ne suffit pas.\n\nCordialement,\nLa Direction juridique", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot eighty-first development corpus (dev81). Generated by scripts/make_corpus_dev81.py (seed {SEED}); do not edit by hand.",
          "# Alex as a non-executive chair on boards in London, Paris, Madrid, Milan and Frankfurt: board search with real mandates, paid clubs "
          "and director forums, ghostwriters and personal branding, PR firms, journalists, governance academics, fellow directors, young "
          "professionals. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev81", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
