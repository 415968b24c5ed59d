#!/usr/bin/env python3
"""Write mailbot's dev93 corpus: tests/corpus/dev93/*.eml + expected.toml.

The angle: the user Alex is a partner in a law firm in Rome (commercial litigation,
arbitration, cases before the TAR Lazio). What reaches them on LinkedIn: legal-tech and
e-discovery vendors (managed review, AI research tools, practice-management software, PEC and
digital archiving), other lawyers who refer clients, need local counsel in Rome or sell
"domiciliazioni", expert witnesses (forensic accountants, forensic IT, medical examiners,
handwriting experts) who share material or sell their reports, legal directories and award
schemes that sell listings and gala tables next to a genuinely free ranking survey,
court-translation and interpreting agencies, trainee lawyers asking for advice (and one who
takes silence badly), clients bringing work, journalists asking for a comment, insurers and
private bankers who target lawyers. Formal legal Italian (Egregio Avvocato, Chiar.mo, Caro
Collega, Ella), Roman dialect in the casual notes, and some English and French.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, and the pitches that spoofs
carry are swapped for legal ones in this process only. Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes
of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev93.py              # writes tests/corpus/dev93
    python scripts/make_corpus_dev93.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260993

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ a Roman law firm's world (this process only)
SKILLS = {
    "en": ["Litigation", "Arbitration", "Commercial Law", "Dispute Resolution", "Administrative Law", "Contract Negotiation"],
    "de": ["Prozessführung", "Schiedsverfahren", "Handelsrecht", "Verwaltungsrecht", "Vertragsrecht"],
    "fr": ["Contentieux", "Arbitrage", "Droit commercial", "Droit administratif", "Négociation de contrats"],
    "es": ["Litigación", "Arbitraje", "Derecho mercantil", "Derecho administrativo", "Contratación"],
    "it": ["Contenzioso civile", "Arbitrato", "Diritto commerciale", "Diritto amministrativo", "Contrattualistica", "Diritto societario"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Partner, Litigation & Arbitration at Morgan Ferri & Associati, Rome",
    "de": "Partner, Prozessführung und Schiedsverfahren bei Morgan Ferri & Associati, Rom",
    "fr": "Associé, contentieux et arbitrage chez Morgan Ferri & Associati, Rome",
    "es": "Socio de litigación y arbitraje en Morgan Ferri & Associati, Roma",
    "it": "Socio | Contenzioso e arbitrato | Studio Legale Morgan Ferri & Associati, Roma",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Head of Litigation & Arbitration", "Gruppo Tiberina"), ("Senior Associate Contenzioso", "Studio Legale Aureli & Partners"),
              ("Counsel, International Arbitration", "Carrow Lane LLP (Roma)"), ("Legal Counsel Contenzioso", "Energia Lazio S.p.A."),
              ("Avvocato senior diritto amministrativo", "Studio Legale Flaminio")]
mc.COMPANIES["good"] = ["Studio Legale Aureli & Partners", "Tiberina Costruzioni", "Camera Arbitrale di Roma", "Università Roma Tre",
                        "LUISS Guido Carli", "Studio Legale Flaminio", "Energia Lazio"]
mc.COMPANIES["sales"] = ["Veridex eDiscovery", "Lexdesk", "GiurisAI", "Top Avvocati d'Italia", "Lexitrad", "CounselLink Network", "LegalSEO"]
mc.COMPANIES["pretext"] = ["Toghe Romane", "Global Independent Counsel Alliance", "LexPulse Insights"]
mc.HEADLINES["good"] = ["Avvocato presso {co}", "Senior Associate | {co}", "Legal Counsel at {co}", "Praticante avvocato | {co}",
                        "Ricercatrice di diritto processuale civile | {co}", "Partner | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development Manager – Studi legali | {co}", "Founder & CEO @ {co}",
                         "Helping law firms win more clients | {co}", "Key Account Legal | {co}"]
SPOOF_PITCH = {
    "en": ["Dear Counsel, a sealed court document has been shared with you via LinkedIn Secure. Sign in within 48 hours to acknowledge service.",
           "Hi {first}, your firm has been nominated for the European Litigation Awards 2025. Confirm your entry and settle the listing fee at the link."],
    "de": ["Sehr geehrte Damen und Herren, Ihnen wurde ein gerichtliches Schriftstück zugestellt. Bitte melden Sie sich an, um den Empfang zu bestätigen.",
           "Hallo {first}, Ihre Kanzlei wurde für die Anwaltsliste 2025 ausgewählt. Bitte bestätigen Sie den Eintrag und begleichen Sie die Gebühr."],
    "fr": ["Maître, un acte judiciaire confidentiel vous a été transmis. Connectez-vous sous 48 heures pour en accuser réception.",
           "Bonjour {first}, votre cabinet est nominé aux Trophées du Contentieux 2025. Validez votre inscription et réglez les frais au lien ci-dessous."],
    "es": ["Estimado/a letrado/a, se le ha remitido un documento judicial reservado. Inicie sesión en 48 horas para acusar recibo.",
           "Hola {first}, su despacho ha sido nominado en los Premios Litigación 2025. Confirme la candidatura y abone la cuota en el enlace."],
    "it": ["Egregio Avvocato, le è stato trasmesso un atto giudiziario riservato. Acceda con le sue credenziali entro 48 ore per scaricarlo.",
           "Gentile {first}, il suo studio è stato inserito tra le Eccellenze Forensi 2025. Confermi i dati e versi la quota di inserimento dal link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"en": ["Document review costs", "Your firm's visibility", "A quick question, Counsel"],
                  "de": ["Ihre Kanzlei", "Kurze Frage"], "fr": ["Votre cabinet", "Question rapide, Maître"],
                  "es": ["Su despacho", "Pregunta rápida"], "it": ["Il suo studio", "Domanda veloce, Avvocato", "Proposta riservata"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
_OTHER_SWAP = {
    "en": dict(job=("{n} new jobs for \"litigation partner\"", "Your job alert for litigation partner in {city}"),
               news=("Are AI-drafted briefs reaching the courts?", "Top stories for you from LinkedIn News"),
               group=("Top conversations in International Arbitration Practitioners", "Here are the top conversations in your group this week"),
               newsletter=("The Disputes Brief: interim relief after the reform", "New edition of a newsletter you subscribed to")),
    "de": dict(job=("{n} neue Jobs für „Rechtsanwalt Prozessführung“", "Ihr Jobalarm für Rechtsanwalt Prozessführung in {city}"),
               news=("Schreibt bald die KI die Schriftsätze?", "Top-Meldungen von LinkedIn News für Sie"),
               group=("Top-Unterhaltungen in Schiedsgerichtsbarkeit DACH", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
               newsletter=("Streitbeilegung aktuell: einstweiliger Rechtsschutz im Schiedsverfahren", "Neue Ausgabe eines Newsletters, den Sie abonniert haben")),
    "fr": dict(job=("{n} nouvelles offres pour « avocat contentieux »", "Votre alerte emploi pour avocat contentieux à {city}"),
               news=("L'IA rédige-t-elle déjà les conclusions ?", "Les actualités du jour de LinkedIn News"),
               group=("Meilleures discussions dans Arbitrage international – praticiens", "Voici les meilleures discussions de votre groupe cette semaine"),
               newsletter=("La lettre du contentieux : les mesures provisoires après la réforme", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné")),
    "es": dict(job=("{n} empleos nuevos de «abogado litigador»", "Tu alerta de empleo de abogado litigador en {city}"),
               news=("¿Llegan a los juzgados los escritos redactados con IA?", "Noticias destacadas de LinkedIn Noticias"),
               group=("Conversaciones destacadas en Arbitraje Internacional", "Estas son las conversaciones más destacadas de tu grupo"),
               newsletter=("Cuaderno de litigación: medidas cautelares tras la reforma", "Nueva edición de un boletín al que estás suscrito")),
    "it": dict(job=("{n} nuove offerte per «avvocato contenzioso»", "Il tuo avviso di lavoro per avvocato contenzioso a {city}"),
               news=("Gli atti scritti con l'IA arrivano in tribunale?", "Le notizie principali di LinkedIn Notizie"),
               group=("Conversazioni principali in Arbitrato e ADR – Italia", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
               newsletter=("Il punto sul processo civile: la tutela cautelare in arbitrato", "Nuova edizione di una newsletter a cui sei iscritto")),
}
for _l, _swap in _OTHER_SWAP.items():
    for _t, (_subj, _line) in _swap.items():
        _old = mc.OTHER[_l][_t]
        mc.OTHER[_l][_t] = (_subj, _line) + tuple(_old[2:])

# eight spoofs, each forged a different way (the default order would give eight look-alike domains)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "buried", "lookalike:linkedin.com.secure-notify.example"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Federica Santangelo", "Praticante avvocato | Studio Legale Carnevali", "Roma",
  ("inv", "Gentile Avv. Morgan, sono praticante al secondo anno e a dicembre affronto lo scritto. Ho ascoltato il suo intervento sulla "
          "riforma Cartabia all'incontro AIGA: potrei rubarle due minuti per un consiglio su come impostare l'atto di citazione? Grazie di cuore."),
  ("rem",))
P("good_invitation", "en", "Rupert Haldane", "Partner, Commercial Disputes | Haldane Fry LLP", "London",
  ("inv", "Alex, we act for a UK lender that needs to enforce an English judgment against a borrower in Rome, and we need Italian counsel "
          "for the recognition proceedings. Your name came up at the CIArb dinner last week. Could we speak on Thursday?"))
P("good_invitation", "fr", "Clémentine Vasseur", "Avocate associée | Arbitrage international | Vasseur & Roche", "Paris",
  ("inv", "Bonjour Maître, je représente une société française dans un arbitrage CCI dont le siège est à Rome. Nous cherchons un confrère "
          "italien pour intervenir comme co-conseil sur le droit des contrats. Seriez-vous disponible pour en parler ?"),
  ("rem",))
P("good_invitation", "it", "Daniele Proietti", "Avvocato giuslavorista | Roma", "Roma",
  ("inv", "Aò Alex, so' Daniele, quello der corso de procedura a Roma Tre 😄 Stamo a mette su un gruppo de studio gratis pe' i colleghi giovani "
          "sul rito del lavoro, giovedì sera a Prati. Se te va de passà e dì du' parole, sarebbe 'na festa!"))
P("good_invitation", "it", "Paolo Venanzi", "Amministratore Delegato | Venanzi Impianti S.r.l.", "Frosinone",
  ("inv", "Buongiorno Avvocato, mi ha fatto il suo nome il dott. Cerulli, il nostro commercialista. Abbiamo riserve non pagate su un appalto "
          "con un ente pubblico e vorremmo affidarle la questione. Possiamo fissare un incontro in studio la prossima settimana?"),
  ("rem",))
P("good_invitation", "en", "Priyanka Deshmukh", "Research Analyst, Italy & Southern Europe | The Counsel Directory (independent rankings)", "London",
  ("inv", "Hello Alex, I'm researching the Italian dispute resolution chapter for next year's edition and two of the referees we spoke to "
          "mentioned your work. Submissions are free and never tied to advertising. Could we book 20 minutes to go through your matters?"))
P("good_invitation", "it", "Avv. Chiara Lombardo", "Consigliera | Commissione Formazione dell'Ordine degli Avvocati", "Roma",
  ("inv", "Gentile Collega, la Commissione organizza a marzo un ciclo di seminari gratuiti sull'arbitrato amministrato (6 crediti formativi, "
          "uno in deontologia). Le scrivo per chiederLe se sarebbe disponibile come relatore nella seconda sessione."))


# =============================================================== default_invitation
P("default_invitation", "it", "Marco Tulli", "Consulente assicurativo | RC professionale", "Roma", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Sandrine Meunier", "Traductrice assermentée italien-français", "Lyon", ("inv", DEFAULT))
P("default_invitation", "it", "Lorenzo Albanese", "Studente di Giurisprudenza | LUISS", "Roma", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Bradley Kincaid", "Senior Account Executive, Southern Europe | Veridex eDiscovery", "London",
  ("inv", "Hi Alex - saw your firm handles cross-border disputes. Veridex cuts first-pass review costs by 60% with TAR and a managed "
          "Italian-speaking review team. Would you be open to a 20-min walkthrough next week?"))
P("sales_invitation", "it", "Roberta Filippelli", "Business Development | Top Avvocati d'Italia – la guida", "Milano",
  ("inv", "Gentile Avvocato, il suo studio è stato segnalato tra le eccellenze del contenzioso a Roma per l'edizione 2025. Per la pubblicazione "
          "del profilo e la serata di premiazione è previsto un pacchetto visibilità: posso inviarle la proposta?"),
  ("rem",))
P("sales_invitation", "it", "Hélène Carpentier", "Directrice commerciale | Lexitrad – traductions juridiques et assermentées", "Paris",
  ("inv", "Bonjour Maître, Lexitrad accompagne les cabinets italiens sur leurs dossiers transfrontaliers : traductions assermentées, "
          "apostilles, interprètes d'audience sous 48 h. Puis-je vous adresser notre grille tarifaire ?"), nl="fr")
P("sales_invitation", "it", "Gianmarco Ferrante", "Dottore commercialista | CTP in materia bancaria", "Roma",
  ("inv", "Chiar.mo Avvocato, sono consulente tecnico di parte in contenziosi bancari (anatocismo, usura, derivati). Lavoro con vari studi "
          "romani a tariffe dedicate: le posso lasciare il mio listino e un esempio di perizia?"))
P("sales_invitation", "en", "Nadia Fairbanks", "Partnerships | CounselLink Network – clients for lawyers", "Amsterdam",
  ("inv", "Hi Alex, every month we get 300+ requests from international companies looking for Italian lawyers. Firms in our network "
          "receive pre-qualified leads for a flat monthly fee. Open to hearing how it works?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Conrad Willoughby", "Founder | Global Independent Counsel Alliance", "London",
  ("inv", "Alex, we're forming an alliance of independent disputes firms, one per jurisdiction, to pass cross-border work to each other. "
          "Rome is still open and your name came up twice. Happy to connect and tell you more?"),
  ("msg", "Thanks for connecting, Alex. Attached is the alliance charter. To secure the Rome seat we ask for a founding membership of "
          "GBP 7,500 a year, which covers the directory listing, the annual conference and access to the referral portal. "
          "Shall I send over the onboarding form?"),
  ("msg", "Alex, a gentle nudge: a Milan firm has asked about the Italy seat. I can hold Rome for you until Friday if you confirm the membership.",
   (4, 12)))
P("bait_and_switch_invitation", "it", "Stefano Guarnieri", "Legal innovation | Formazione per avvocati", "Roma",
  ("inv", "Buongiorno Avvocato, organizziamo un webinar gratuito accreditato dal COA di Roma (3 crediti) sull'intelligenza artificiale "
          "nella redazione degli atti. Mi farebbe piacere averla tra i partecipanti: le mando il link?"),
  ("msg", "Grazie per il collegamento! Il link al webinar è questo: https://webinar.giurisai.example/atti-ia\n\n"
          "Già che ci sono le segnalo che con GiurisAI lo studio può avere la licenza completa a 189 € al mese per utente, con 30 giorni "
          "di prova. Le fisso una demo con il nostro consulente per la zona di Roma?"))
P("bait_and_switch_invitation", "fr", "Philippe Marsaud", "Expert-comptable judiciaire | Évaluation de préjudices", "Paris",
  ("inv", "Bonjour Maître, expert près la cour d'appel de Paris, je prépare une note comparative sur le calcul du préjudice en droit "
          "français et italien. Accepteriez-vous de me donner votre regard de praticien ? Je vous enverrai la note finale."),
  ("msg", "Merci Maître pour vos remarques, très utiles. Pour être transparent, notre cabinet propose aussi aux avocats italiens des "
          "missions d'expertise de partie sur les litiges franco-italiens, au forfait à partir de 9 000 € HT. Je vous envoie une lettre de mission type ?"),
  ("msg", "Maître, je me permets de revenir vers vous au sujet de la lettre de mission. Avez-vous un dossier en cours où nous pourrions intervenir ?"))
P("bait_and_switch_invitation", "it", "Alessia Porcu", "Research Manager | Legal Rankings Italia", "Milano",
  ("inv", "Gentile Avv. Morgan, stiamo raccogliendo il parere dei soci degli studi del centro Italia per la ricerca annuale sul mercato "
          "legale. Le andrebbe di rispondere a poche domande? Le invieremo in anteprima il report completo."),
  ("msg", "Grazie mille per le risposte! Sono felice di comunicarle che lo studio è entrato tra i finalisti della categoria Contenzioso. "
          "Per confermare la presenza nella guida è richiesta la sottoscrizione del profilo Gold (3.200 € + IVA), che comprende due posti "
          "alla cena di gala di giugno."),
  ("msg", "Avvocato, le ricordo che le adesioni chiudono venerdì. Le tengo ancora il posto tra i finalisti?", (3, 9)))
P("bait_and_switch_invitation", "it", "Fabio De Santis", "Avvocato civilista | Roma", "Roma",
  ("inv", "Ciao Alex, stamo a mette in piedi 'n gruppo de colleghi romani pe' scambiasse sentenze der Tribunale e dritte sulle sezioni. "
          "Niente de formale, 'na chat e 'na pizza ogni tanto. Te unisci?"),
  ("msg", "Bella Alex, benvenuto! Te volevo dì 'na cosa: oltre ar gruppo io lavoro pure co' 'na compagnia pe' le polizze RC professionale "
          "dell'avvocati. Te faccio 'n preventivo e vedi che risparmi almeno er 30%. Quanto paghi adesso? Mandame la polizza su WhatsApp."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Marta Ciampi", "Medico legale | Specialista in medicina legale", "Roma",
  ("inm", "Un dubbio sulla Gelli-Bianco",
   "Gentile Avvocato, mi permetto di scriverle dopo aver letto la sua nota sulla responsabilità della struttura sanitaria. Avrei un dubbio "
   "sul riparto dell'onere della prova tra struttura e medico dipendente che vorrei sottoporle: da medico legale lo vedo sempre dall'altra parte "
   "del tavolo. Grazie se vorrà rispondermi.\n\nMarta Ciampi"),
  ("inm", "Collaborazione con il suo studio",
   "La ringrazio moltissimo per la risposta, chiarissima. Approfitto per presentarle il mio studio medico-legale: per gli studi legali abbiamo "
   "un pacchetto a forfait (valutazione preliminare 350 €, relazione completa 1.200 €, assistenza in CTU a parte). Possiamo sentirci per una "
   "convenzione?\n\nCordialmente,\nMarta Ciampi"))
P("bait_and_switch_inmail", "en", "Ethan Marchbank", "Head of Research | LexPulse Insights", "New York",
  ("inm", "Research: how Italian litigators use AI",
   "Hi Alex,\n\nwe're running a short research survey of dispute lawyers in Southern Europe on how they actually use generative AI. Ten "
   "questions, five minutes, and every participant gets the full results. Would you take part?\n\nEthan"),
  ("inm", "Your firm's AI readiness score",
   "Thanks for taking part, Alex! Based on your answers your firm scores 41/100 on AI readiness. The LexPulse Review platform closes that gap "
   "in a few weeks. Could I book 30 minutes with you and whoever runs IT at the firm?"),
  ("inm", "Re: Your firm's AI readiness score",
   "Following up on my last note: we have one Italian-language pilot slot left for March. Shall I reserve it for Morgan Ferri?"))
P("bait_and_switch_inmail", "it", "Yannick Le Goff", "Fondateur | Cercle des avocats franco-italiens", "Nice",
  ("inm", "Cercle franco-italien des avocats",
   "Bonjour Maître,\n\nnous réunissons deux fois par an à Nice des avocats français et italiens pour échanger sur les contentieux "
   "transfrontaliers, autour d'un déjeuner. La participation est libre. Puis-je vous ajouter à la liste des invités pour la rencontre d'avril ?\n\n"
   "Bien confraternellement,\nYannick Le Goff"),
  ("inm", "Cercle – modalités",
   "Ravi de votre intérêt ! Les rencontres sont ouvertes, mais pour figurer dans l'annuaire du Cercle diffusé aux entreprises françaises, "
   "l'adhésion est de 1 450 € HT par an. Je vous envoie le bon de commande ?"), nl="fr")


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Simone Galli", "Avvocato | Diritto di famiglia | Latina", "Latina",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho segnalato per {skill} e non solo, te lo meriti tutto. Mi faresti la cortesia di ricambiare su Diritto di famiglia "
          "e Mediazione? Sto sistemando il profilo per una candidatura e mi servono un po' di conferme. Grazie!"))
P("endorse_me_back", "en", "Tom Fairley", "Legal Counsel | Payments & Fintech | ex-City firm", "London",
  ("end",),
  ("msg", "Hi Alex! Endorsed you for {skill} earlier, you were brilliant on that panel in Milan. Cheeky ask: would you endorse me back for "
          "Financial Regulation and Payments? I'm interviewing for GC roles and every little helps."))
P("endorse_me_back", "it", "Claudio Mastrangeli", "Avvocato penalista | Foro di Roma", "Roma",
  ("end",), ("end",),
  ("msg", "Alè, t'ho confermato {skill} e pure 'n altro paio 😉 Mo' tocca a te però: me metti 'na conferma su Diritto penale e Penale "
          "dell'economia? Così er profilo pare 'n po' più serio. Grazie fratè, 'n abbraccio!"))
P("endorse_me_back", "fr", "Laure Benhamou", "Avocate | Droit de la concurrence | Bruxelles", "Bruxelles",
  ("end",),
  ("msg", "Bonjour Alex, je viens de valider vos compétences en {skill}. Si vous avez un instant, pourriez-vous en faire autant pour moi "
          "en Droit de la concurrence et Aides d'État ? Je refais mon profil avant de rejoindre un nouveau cabinet. Mille mercis !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Riccardo Tomassini", "Praticante avvocato | Roma", "Roma",
  ("inv", "Buongiorno Avv. Morgan, sono praticante e mi piacerebbe moltissimo proseguire la pratica nel suo studio. Posso mandarle il curriculum?"),
  ("rem",),
  ("inm", "Vabbè",
   "Vabbè Avvocà, ho capito. Manco 'na riga de risposta. Poi ve lamentate che i giovani nun c'hanno voglia, ma quando bussamo ce sbattete "
   "la porta in faccia. Complimenti pe' l'umanità."))
P("hostility_after_decline", "it", "Ernesto Bellavista", "Avvocato cassazionista | Foro di Roma", "Roma",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Sul mancato riscontro",
   "Egregio Collega,\n\nprendo atto che Ella non ha ritenuto di accogliere il mio invito, pur conoscendoci da anni nei corridoi di Piazzale "
   "Clodio. Mi consenta di osservare che la colleganza, un tempo, aveva ben altro significato, e che certa alterigia non fa onore alla toga. "
   "Non La disturberò oltre.\n\nAvv. Ernesto Bellavista"))
P("hostility_after_decline", "fr", "Gérald Fournier", "Conseil en gestion de patrimoine | Professions juridiques", "Monaco",
  ("inv", "Maître, j'accompagne des avocats internationaux dans l'optimisation de leur patrimoine et de leur retraite. Échangeons ?"),
  ("rem",),
  ("inm", "Sans réponse",
   "Maître, trois semaines sans un mot. Je trouve votre attitude assez méprisante pour quelqu'un qui prétend défendre les autres. "
   "On voit le niveau. Bonne continuation."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Derek Sowerby", "Business Development Director | Cortexa eDiscovery", "London",
  ("msg", "Hi Alex, hope you're well. Cortexa now hosts data in Milan, so Italian clients' documents never leave the EU. For your next "
          "arbitration with a big document production we can have a review platform live in 48 hours. Worth a call?"),
  ("msg", "Alex, following up. Happy to send a sample budget for a 200GB matter if that's easier than a call."),
  ("msg", "Alex, four messages now and not a word back. Honestly, it's disappointing. Your firm clearly prefers doing review the 1998 way, "
          "and your clients will notice the bill sooner or later. Don't worry, I won't bother you again."))
P("hostility_connection", "it", "Tiziana Lucarelli", "Account Manager | Guida Legale Italiana", "Milano",
  ("acc",),
  ("msg", "Buongiorno Avvocato, grazie per il collegamento! Come le dicevo al telefono, per il 2025 possiamo inserire lo studio nella sezione "
          "Contenzioso con scheda estesa e intervista al socio a 2.400 € + IVA. Le mando il contratto?"),
  ("msg", "Avvocato, le ho scritto due volte con una proposta seria e lei non si degna di rispondere. Mi chiedo perché mi abbia invitata a "
          "collegarmi se poi tratta le persone in questo modo. Molto poco professionale, glielo dico sinceramente."))
P("hostility_connection", "it", "Maurizio Cerroni", "Traduzioni giurate e apostille | Roma Prati", "Roma",
  ("msg", "Ciao Alex, tutto bene? Pe' le traduzioni giurate in tribunale ce pensamo noi: 25 € a cartella, asseverazione compresa, consegna in "
          "48 ore. Mandame pure i documenti quando te servono."),
  ("msg", "Alex, te riscrivo pe' l'offerta: se me passi più de 10 pratiche ar mese te faccio 20 € a cartella."),
  ("msg", "Aò, te l'ho scritto du' volte. Manco 'n 'no grazie'? Ma chi te credi d'esse? Avvocati, tutti uguali, co' la puzza sotto ar naso."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Fiona Castellane", "Client Director | Nexlex Managed Review", "Dublin",
  ("msg", "Hi Alex, hope the new year's off to a good start. We've just opened an Italian-language review centre in Bari: 40 reviewers, all "
          "qualified lawyers. If you have a big disclosure exercise coming up we'd love to quote for it."),
  ("msg", "Alex, sharing our 2025 rate card (flat EUR 38/hour for first-level review, EUR 55 for QC). Worth a quick call to see if it fits any of your matters?"),
  ("msg", "Last one from me: we're offering new firm clients a free pilot on up to 10,000 documents until the end of March. Shall I pencil you in?"))
P("connection_only_pitches", "it", "Daniela Riccardi", "Private banker | Liberi professionisti e Cassa Forense", "Roma",
  ("msg", "Buongiorno Avvocato, mi occupo della pianificazione previdenziale dei professionisti iscritti a Cassa Forense. Ha mai fatto un "
          "check-up della sua posizione? Le offro un'ora di consulenza senza impegno, anche in studio."),
  ("msg", "Avvocato, le segnalo che fino al 30 giugno abbiamo condizioni agevolate sul fondo pensione complementare riservato agli avvocati. "
          "Quando possiamo vederci? Martedì o giovedì mattina le andrebbero bene?"))
P("connection_only_pitches", "it", "Alberto Nardini", "Avvocato | Domiciliazioni legali Milano e Monza", "Milano",
  ("msg", "Caro Collega, se ha cause a Milano o Monza mi occupo di domiciliazioni, udienze di mero rinvio e depositi a tariffa fissa "
          "(60 € a udienza, IVA e CPA escluse). Mi tenga presente!"),
  ("msg", "Caro Collega, aggiornamento: copriamo ora anche Como e Lecco, con lo stesso listino. Resto a sua disposizione per ogni domiciliazione."))
P("connection_only_pitches", "it", "Olivier Dampierre", "Account Manager | Jurivox – logiciel de gestion de cabinet", "Lyon",
  ("msg", "Bonjour Alex, Jurivox est maintenant disponible en italien : agenda des audiences, facturation au temps passé et connexion "
          "au PCT. On organise une démo de 30 minutes ?"),
  ("msg", "Alex, petit rappel : -20 % sur la licence annuelle pour les cabinets qui signent avant le 31. Je vous prépare un devis pour 12 utilisateurs ?"),
  nl="fr")


# =============================================================== single_pitch
P("single_pitch", "it", "Jacopo Vitale", "Co-founder | ContrattAI", "Torino",
  ("msg", "Ciao Alex, abbiamo lanciato ContrattAI: carichi un contratto e in 30 secondi ti segnala le clausole a rischio secondo la "
          "giurisprudenza italiana. Vuoi provarlo gratis per due settimane? Poi ragioniamo su una licenza per tutto lo studio."))
P("single_pitch", "en", "Megan Thistlewood", "Awards Manager | Euro Legal Excellence Awards", "London",
  ("msg", "Hi Alex, congratulations: your firm has been shortlisted for Italian Arbitration Firm of the Year! Finalists can confirm a table "
          "at the ceremony in Milan (EUR 2,450 for ten seats, logo on the big screen included). Shall I hold one for you?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Giovanni Rosati", "Avvocato | Contenzioso societario | Milano", "Milano",
  ("msg", "Caro Alex, ho un cliente, una srl di Pomezia, che deve avviare un arbitrato contro un fornitore romano. Io sono in conflitto "
          "perché assisto la controparte in un'altra causa. Ti dispiace se gli faccio il tuo nome?"),
  ("msg", "Fatto: ti ho messo in copia nella mail. Si chiama ing. Fiorucci, persona precisissima, ti chiamerà lunedì. Buon lavoro!"))
P("connection_brings_value", "en", "Eleanor Brightwater", "Senior Reporter | Arbitration Weekly", "London",
  ("msg", "Hi Alex, I'm writing a piece on Italy's arbitration reform one year on. Would you give me a few lines on how arbitrators' new power "
          "to grant interim relief has worked in practice? I'm happy to run your quotes past you before we publish."))
P("connection_brings_value", "it", "Sabrina Colasanti", "General Counsel | Tiberina Costruzioni S.p.A.", "Roma",
  ("end",),
  ("msg", "Avvocato, volevo ringraziarla per come ha gestito l'udienza di ieri al TAR. Le ho inoltrato via PEC i verbali del CdA che ci "
          "aveva chiesto. Inoltre il nostro DG vorrebbe presentarle la controllata di Napoli, che ha un contenzioso molto simile: le scrivo "
          "appena fissiamo una data."))
P("connection_brings_value", "it", "Irene Caldarola", "Traduttrice giurata | Italiano, tedesco, inglese", "Roma",
  ("msg", "Ciao Alex, siccome lavori spesso con atti da notificare all'estero ti giro il vademecum che abbiamo scritto con l'associazione "
          "dei traduttori sull'asseverazione a Roma: dove andare, orari, marche da bollo, errori che fanno respingere la pratica. È gratuito, "
          "giralo pure ai tuoi praticanti."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Cristina Bellucci", "Partner | Legal Practice | Hunter & Partners Executive Search", "Milano",
  ("inm", "Head of Litigation & Arbitration – gruppo industriale, Roma",
   "Gentile Avvocato,\n\nsto seguendo per un gruppo industriale italiano quotato la ricerca del nuovo Head of Litigation & Arbitration, a "
   "riporto del General Counsel, sede a Roma, team di sei legali interni. Il suo percorso corrisponde molto bene a ciò che il cliente cerca. "
   "Sarebbe disponibile per una conversazione riservata, anche solo esplorativa?\n\nCordiali saluti,\nCristina Bellucci"))
P("stranger_inmail_recruiter", "en", "Nathaniel Brooke", "Legal Recruitment Partner | Carrow & Lane", "London",
  ("inm", "Disputes partner - new Rome office of an international firm",
   "Hi Alex,\n\nan international firm is opening in Rome next year and wants to hire its first disputes partner to build the team. Full "
   "platform, strong arbitration focus, guaranteed draw for the first two years. I think you'd be a natural fit. Could we have a discreet chat "
   "this week?\n\nBest,\nNathaniel"))
P("stranger_inmail_recruiter", "en", "Michael Rosenblatt", "Partner | Rosenblatt Weiss LLP | International Litigation", "New York",
  ("inm", "Italian counsel needed - TAR Lazio challenge",
   "Alex,\n\nour client, a US energy company, has just lost a tender award in Lazio and needs Italian counsel to assess a challenge before "
   "the TAR within the 30-day window. Avv. Gentili suggested you. Could we speak tomorrow? We'd send an engagement letter straight away.\n\n"
   "Michael Rosenblatt"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Lily Vandermeer", "Account Executive | Juristica AI", "Amsterdam",
  ("inm", "Legal research in Italian, with citations",
   "Hi Alex, Juristica AI answers legal research questions in Italian with citations to Cassazione and TAR case law. Firms your size save "
   "about six hours per lawyer per week. Can I show you in a 20-minute demo?"),
  ("inm", "Founding-firm discount ends on the 28th",
   "Hi Alex, we're closing the 30% founding-firm discount for Italy on the 28th. Would Thursday at 3pm work for a quick look?"))
P("stranger_inmail_sales", "it", "Paolo Mancuso", "Sales | PEC e conservazione digitale per studi legali", "Bari",
  ("inm", "PEC e conservazione a norma per lo studio",
   "Buongiorno Avvocato, gestire decine di caselle PEC e la conservazione delle ricevute di deposito è un incubo per molti studi. Noi offriamo "
   "caselle illimitate, archiviazione a norma e alert sulle scadenze a canone fisso mensile. Le preparo un preventivo per il suo studio?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Carlo Benedetti", "Avvocato | Arbitrato internazionale | Firenze", "Firenze",
  ("inv", "Caro Collega, ci siamo conosciuti alla giornata sull'arbitrato della Camera Arbitrale. Le avevo promesso le slide sulla disclosure "
          "documentale: mi accetta così gliele giro?"),
  ("msg", "Eccole, le trova qui: https://drive.example/slide-disclosure. In fondo c'è anche il modello di Redfern schedule che usiamo in studio: "
          "libero di adattarlo."),
  ("end",),
  ("msg", "Caro Alex, ti ho confermato per {skill}. Avrei un piccolo favore da chiederti: potresti confermarmi Arbitrato internazionale e "
          "Contrattualistica? Sto preparando la domanda per una lista di arbitri e ogni conferma fa numero."))
P("good_turns_ugly", "en", "Harriet Penrose", "Founder | Women in Disputes Rome", "Rome",
  ("inv", "Alex, I host a free monthly breakfast for disputes lawyers in Rome (next one 12 March, near Piazza Cavour). No sponsors, no pitches, "
          "just people comparing notes on cases and courts. Would love to see you there."),
  ("msg", "So glad you came! As promised, here's the reading list on third-party funding we talked about: https://docs.example/tpf-reading"),
  ("msg", "Hi Alex, I wanted to tell you about my other hat: I'm a certified executive coach, and my 12-week leadership programme for "
          "partners (EUR 4,800) starts in May. Partners from two Rome firms have already signed up. Shall we book a discovery call?"))
P("good_turns_ugly", "it", "Emanuele Sartori", "Perito informatico forense | CTU presso il Tribunale di Roma", "Roma",
  ("inv", "Buongiorno Avvocato, ho letto il suo post sulle chat WhatsApp come prova in giudizio. Le mando volentieri la checklist che usiamo "
          "per la copia forense, senza alcun impegno."),
  ("msg", "Ecco la checklist in PDF, con i riferimenti alle pronunce più recenti sulla catena di custodia. Se qualcosa non è chiaro mi scriva."),
  ("msg", "Avvocato, approfitto: il nostro laboratorio offre agli studi legali un abbonamento annuale per le acquisizioni forensi "
          "(10 interventi a 4.900 € + IVA). Le preparo un'offerta su misura per lo studio?"),
  ("msg", "Buongiorno Avvocato, ha avuto modo di guardare la proposta di abbonamento?", (5, 15)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Owen Trelawney", "Account Director | Veritas Legal Data", "Edinburgh",
  ("inm", "eDiscovery for Italian arbitrations",
   "Hi Alex, arbitrations with heavy document production are where Veritas shines: Italian-language analytics, hosting in the EU and fixed "
   "monthly pricing per GB. Could I send you a proposal for your next matter?"),
  ("inv", "Hi Alex, enjoyed your panel at Rome Arbitration Week. Would be great to connect."))
P("reinvite_known_bad", "it", "Antonella Serra", "Consulente marketing | Studi legali e professionisti", "Roma",
  ("inv", DEFAULT),
  ("inv", "Buongiorno Avvocato, ci siamo incrociati al convegno dell'Ordine a Palazzo Spada. Mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "it", "Ivano Lupi", "Agente di zona | Gestionale per studi legali", "Roma",
  ("inv", "Avvocato, il suo studio gestisce ancora le scadenze con Excel? Le faccio vedere il nostro gestionale in 10 minuti, anche da remoto."),
  ("rem",),
  ("inv", "Buon anno Avvocato! Un collegamento tra professionisti romani, senza secondi fini 🙂"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Vincenzo Lattanzi", "Titolare | Agenzia investigativa autorizzata", "Roma",
  ("inv", "Avvocato, siamo un'agenzia investigativa autorizzata: rintraccio debitori, indagini patrimoniali, prove per cause di lavoro. "
          "Tariffe riservate agli studi legali."),
  ("inm", "Mah",
   "Avvocato, capisco che lei sia molto impegnato, ma ignorare chi le scrive con rispetto è segno di maleducazione. Si vede che certi "
   "studi romani vivono ancora di rendita. Buona giornata."),
  ("inv", "Buongiorno Avvocato, ripartiamo col piede giusto? Mi farebbe piacere essere tra i suoi contatti."))
P("reinvite_known_ugly", "en", "Desmond Farrow", "Director | International Arbitration Forum", "London",
  ("inm", "Speaking invitation: Rome Arbitration Summit",
   "Dear Alex,\n\nthe programme committee would very much like you to speak on the Italian arbitration reform at our Summit in Rome this "
   "October. Your commentary on interim measures was mentioned by several committee members. May I send the session outline?\n\nDesmond Farrow"),
  ("inm", "Speaker package",
   "Thank you for accepting, Alex! Speakers contribute a sponsorship fee of EUR 3,900, which covers your slot, your logo on the programme "
   "and the full delegate list. I attach the invoice details."),
  ("inv", "Alex, it would be great to stay connected ahead of next year's Summit."))
P("reinvite_known_ugly", "fr", "Arnaud Delcourt", "Directeur associé | Recrutement juridique | Paris", "Paris",
  ("inv", "Maître, nous plaçons des collaborateurs et counsels bilingues dans les cabinets italiens. Honoraires au succès. Je vous présente nos profils ?"),
  ("inm", "Étonnant",
   "Maître, aucune réponse malgré deux relances. Drôle de façon de traiter des gens qui veulent vous aider. Je ne suis pas surpris que "
   "vos collaborateurs partent."),
  ("inv", "Bonjour Maître, nouvelle année, nouveau départ : je serais ravi de vous compter dans mon réseau."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Nicoletta Amato", "Interprete di conferenza e traduttrice giurata | Roma", "Roma",
  ("acc",),
  ("msg", "Grazie per l'invito, Avvocato! Come le accennavo al convegno, seguo anche udienze e arbitrati con interpretariato consecutivo: le "
          "allego il mio listino 2025 (giornata intera e mezza giornata, trasferte a parte). Per qualsiasi necessità mi chiami pure."))
P("user_invited_pitch_once", "en", "Ravi Subramaniam", "VP Sales EMEA | Casefold Litigation Analytics", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, good to meet you at the conference. Casefold predicts how long a case will take and how likely "
          "it is to win, judge by judge, and we've just added the Tribunale di Roma. Licences start at EUR 900 a month. Shall I set up a trial?"))
P("user_invited_pitch_once", "it", "Roberto Quaglia", "Perito grafologo | Consulente tecnico", "Roma",
  ("acc",),
  ("msg", "Grazie del collegamento, Avvocato. Come forse sa mi occupo di verificazione di scritture e firme: per gli studi legali applico "
          "una tariffa agevolata sulla consulenza preliminare (150 €). Se ha un disconoscimento in corso, mi chiami pure."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Manuela Sorrentino", "Area Manager Lazio | Lexdesk gestionale", "Roma",
  ("acc",),
  ("msg", "Buongiorno Avvocato e grazie per l'invito! Come promesso allo stand: Lexdesk gestisce fascicoli, scadenze, PCT e fatturazione in "
          "un solo posto. Per studi fino a 15 utenti il canone parte da 320 € al mese. Quando le organizzo una demo con i suoi collaboratori?"),
  ("msg", "Avvocato, le riscrivo perché a fine mese scade la promozione con la migrazione dati gratuita dal vecchio gestionale. Ci sentiamo mercoledì?"))
P("user_invited_pitch_twice", "en", "Jonas Whitaker", "Investment Director | Brightline Litigation Funding", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. We fund commercial claims and arbitrations above EUR 2m, non-recourse. We'd love to review your "
          "pipeline: which of your current matters could benefit from funding?"),
  ("msg", "Alex, circling back: we've just closed a new EUR 150m fund with a mandate for Italy. Happy to set up a call with our Milan team next week."))
P("user_invited_pitch_twice", "it", "Mélanie Girod", "Coach en développement commercial pour avocats", "Genève",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Comme je vous le disais à Genève, j'aide les associés à développer leur clientèle sans prospection "
          "agressive. Mon programme de 8 séances est à 3 600 € HT. Un appel découverte cette semaine ?"),
  ("msg", "Bonjour Alex, il me reste deux places pour la session de septembre. Voulez-vous que je vous en réserve une ?"),
  nl="fr")


# =============================================================== user_invited_value
P("user_invited_value", "it", "Beatrice Orlandi", "Giornalista | Diritto & Impresa quotidiano", "Roma",
  ("acc",),
  ("msg", "Grazie per l'invito! Le giro il link all'articolo sulla riforma dell'arbitrato in cui ho ripreso il suo commento, spero di averlo "
          "riportato bene. Se le va, a maggio organizziamo un forum con magistrati e avvocati (ingresso libero): la terrei tra i relatori."))
P("user_invited_value", "en", "Fergus McLaren", "Senior Lecturer, Comparative Civil Procedure | University of Glasgow", "Glasgow",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As promised at the conference, here's the draft chapter on Italian interim measures. I'd be grateful "
          "for any corrections, and of course I'll acknowledge you in the book. No rush at all."))
P("user_invited_value", "it", "Giorgia Paolucci", "Avvocata | ex praticante presso Morgan Ferri", "Roma",
  ("acc",),
  ("msg", "Alex! Grazie per avermi aggiunta 😊 Ti ricordi la questione sulla notifica via PEC alla pubblica amministrazione? Le Sezioni Unite "
          "hanno appena deciso e ti danno ragione: ti ho mandato la sentenza per mail."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Lucia Ferretti", "CFO | Tiberina Costruzioni S.p.A.", "Roma", ("acc",))
P("acceptance_only", "en", "Thomas Everly", "Senior Associate | Disputes | Carrow Lane LLP", "London", ("acc",))
P("lone_endorsement", "it", "Pietro Santilli", "Praticante avvocato | Roma", "Roma", ("end",))
P("lone_endorsement", "fr", "Camille Rousset", "Juriste contentieux | Groupe portuaire", "Marseille", ("end",))


# =============================================================== more voices on the angle
P("hostility_after_decline", "it", "Federico Lepore", "Avvocato | Recupero crediti | Roma", "Roma",
  ("inv", "Collega, mi accetti? Mi servirebbe un contatto per un paio di cause di recupero crediti a Velletri, ti spiego poi."),
  ("inm", "???",
   "Oh Alex ma che, te se so' rotti i diti? Te chiedo 'na cortesia tra colleghi e manco me rispondi. Bella la colleganza romana, "
   "proprio. Lascia perde, va'."))
P("single_pitch", "fr", "Bastien Royer", "Business developer | Interprétariat juridique", "Bruxelles",
  ("msg", "Bonjour Alex, nos interprètes français-italien interviennent en audience et en arbitrage partout en Italie, avec un tarif journalier "
          "dégressif au-delà de trois jours. Je vous envoie notre plaquette et nos références ?"))
P("connection_brings_value", "it", "Stefania Iacobelli", "Magistrato onorario | Formatrice Scuola Forense", "Roma",
  ("msg", "Ciao Alex, alla Scuola Forense cerchiamo un avvocato che tenga una lezione pratica sulla redazione della comparsa in appello per i "
          "praticanti, a titolo gratuito ma con crediti per i docenti. Ho pensato subito a te: ti andrebbe il 14 novembre?"),
  ("msg", "Perfetto, grazie mille! Ti ho mandato il programma e il modulo per i crediti. I ragazzi sono già entusiasti."))
P("stranger_inmail_sales", "it", "Luana Petrocelli", "Event Manager | Gala dell'Avvocatura Italiana", "Milano",
  ("inm", "Candidatura al Gala 2025",
   "Gentile Avvocato, il suo studio è stato individuato dal nostro comitato come possibile candidato nella categoria Arbitrato. La quota di "
   "partecipazione (1.900 € + IVA) comprende candidatura, due posti alla cena e intervista sul nostro magazine. Le invio il modulo?"),
  ("inm", "Ultimi giorni per le candidature",
   "Avvocato, le ricordo che le candidature chiudono lunedì. Le tengo il modulo precompilato?"))


# The people whose mail only makes sense in the current era, and the few whose mail reads as 2016-17.
ERAS = {name: "cur" for (_s, _l, name, *_rest) in PEOPLE}
for _name in ("Marco Tulli", "Ernesto Bellavista", "Alberto Nardini", "Simone Galli", "Giovanni Rosati", "Pietro Santilli",
              "Lucia Ferretti", "Roberto Quaglia", "Maurizio Cerroni", "Claudio Mastrangeli", "Vincenzo Lattanzi", "Sandrine Meunier"):
    ERAS[_name] = "2016"

for _p in PEOPLE:
    for _step in _p[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_p[2], len(_step[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rupert Haldane", "r.haldane@haldanefry.example.co.uk", "Enforcement in Rome - Italian counsel",
     "Dear Alex,\n\nI've sent you a connection request on LinkedIn as well, but thought e-mail was safer. Our client's judgment was handed down "
     "on the 3rd; could you tell us what you'd need from us to start recognition proceedings in Rome?\n\nKind regards,\nRupert", "en"),
    ("Ordine degli Avvocati – Formazione", "formazione@ordine-avvocati-roma.example.it", "Eventi formativi accreditati – calendario di marzo",
     "Gentili Colleghi,\n\nin allegato il calendario degli eventi accreditati di marzo. Le iscrizioni si effettuano esclusivamente dal portale; "
     "gli aggiornamenti sono pubblicati anche sulla pagina LinkedIn dell'Ordine.\n\nLa Commissione Formazione", "it"),
    ("Top Avvocati d'Italia", "premi@topavvocati.example.it", "Ultimi posti per la serata di premiazione",
     "Gentile Avvocato,\n\nrestano pochi tavoli per la serata del 18 giugno. Dopo la conferma riceverà il badge di finalista da pubblicare sul suo "
     "profilo LinkedIn e sul sito dello studio.", "it"),
    ("Segreteria Studio", "segreteria@morganferri.example.it", "Telefonata per te",
     "Alex,\n\nha chiamato l'avv. Rosati da Milano per quel cliente di Pomezia. Dice che ti ha scritto anche su LinkedIn. Richiamalo dopo le 15.\n\nPaola", "it"),
    ("Lexitrad", "devis@lexitrad.example.fr", "Votre devis de traduction assermentée",
     "Maître,\n\nsuite à notre message sur LinkedIn, veuillez trouver ci-joint notre devis pour la traduction assermentée de 42 pages "
     "(français vers italien). Délai : 5 jours ouvrés.\n\nL'équipe Lexitrad", "fr"),
    ("Camera Arbitrale – Segreteria", "segreteria@camera-arbitrale.example.it", "Procedimento n. 4411/2025 – accettazione incarico",
     "Egregio Avvocato,\n\nLe trasmettiamo la comunicazione di nomina quale arbitro nel procedimento in oggetto. La preghiamo di restituire la "
     "dichiarazione di indipendenza sottoscritta entro dieci giorni.\n\nLa Segreteria", "it"),
    ("Cancelleria telematica", "noreply@pst.giustizia.example.it", "Deposito telematico: esito dei controlli automatici",
     "Esito controlli automatici deposito: positivo. Ruolo generale 18822/2024. Atto: memoria ex art. 171-ter c.p.c.", "it"),
    ("Daniele Proietti", "daniele.proietti@mail.example.it", "Fwd: invito su LinkedIn",
     "Alex, nun so se t'è arrivato, te lo giro pure qua.\n\n---------- Messaggio inoltrato ----------\nDa: Daniele Proietti via LinkedIn "
     "<invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nAò Alex, so' Daniele, quello der corso de procedura a Roma Tre. Stamo a mette su "
     "un gruppo de studio gratis pe' i colleghi giovani sul rito del lavoro...", "it"),
    ("Eleanor Brightwater", "e.brightwater@arbitrationweekly.example.com", "Quote check before we publish",
     "Hi Alex,\n\nhere are the two quotes from our chat, as promised on LinkedIn. Let me know by Wednesday if you'd like to change anything.\n\nEleanor", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev93 corpus. Generated by scripts/make_corpus_dev93.py (seed {SEED}); do not edit by hand.",
          "# Alex as a partner in a law firm in Rome: legal-tech and e-discovery vendors, referring lawyers and local counsel, expert witnesses, "
          "directories and awards that sell listings, court translators, trainees, clients, journalists. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev93", SEED, PEOPLE, FOREIGN, spoofs=8, other=10, header=HEADER, eras=ERAS)
