#!/usr/bin/env python3
"""Write mailbot's fifty-third, independent development corpus: tests/corpus/dev53/*.eml + expected.toml.

The angle: the user Alex is a partner in a mid-size law firm (commercial litigation and
cross-border disputes). Their LinkedIn world: legal-tech vendors (e-discovery, contract AI,
practice management, billing), other lawyers who refer clients or ask for local counsel
(peer value), expert-witness requests and expert-witness brokers, legal directories and
rankings that charge for listings or award badges for a fee, bar-association events and
free CLE/CPD sessions, law students (moot courts, careers), legal recruiters with real
partner roles against headhunters selling placements, and hostility from vendors who were
ignored. All five languages of LinkedIn's wording.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, job-alert titles, headline pools of
spoof-only names and PYMK suggestions, and the pitches that spoofs carry are swapped for
legal ones in this process only (make_corpus.py itself is not changed). Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording,
or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev53.py              # writes tests/corpus/dev53
    python scripts/make_corpus_dev53.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260853

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ law-firm world (this process only)
SKILLS = {
    "en": ["Commercial Litigation", "International Arbitration", "Contract Negotiation", "Dispute Resolution", "Legal Advice"],
    "de": ["Prozessführung", "Schiedsverfahren", "Vertragsrecht", "Gesellschaftsrecht", "Rechtsberatung"],
    "fr": ["Contentieux commercial", "Arbitrage international", "Droit des contrats", "Droit des sociétés", "Conseil juridique"],
    "es": ["Litigación mercantil", "Arbitraje internacional", "Derecho contractual", "Derecho societario", "Asesoría jurídica"],
    "it": ["Contenzioso commerciale", "Arbitrato internazionale", "Diritto contrattuale", "Diritto societario", "Consulenza legale"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Partner, Commercial Litigation", "Hartwell Stone LLP"), ("Counsel – Arbitration (m/w/d)", "Brandt Kessler Rechtsanwälte"),
              ("Head of Legal, Disputes", "Orvana Foods"), ("Associé contentieux", "Vasseur Lemoine Avocats"),
              ("Senior Associate, International Arbitration", "Calder & Finch")]
mc.COMPANIES["good"] = ["Hartwell Stone LLP", "Calder & Finch", "Brandt Kessler", "Vasseur Lemoine Avocats", "Studio Legale Ferretti",
                        "Ilustre Colegio de Abogados", "Law Society", "Orvana Foods"]
mc.COMPANIES["sales"] = ["DocuSift", "ClauseIQ", "LexLedger", "Verdictly", "BenchRank Directory", "CounselCloud", "ExpertBridge"]
mc.HEADLINES["good"] = ["Partner at {co}", "Senior Associate, Disputes | {co}", "General Counsel at {co}", "Trainee Solicitor at {co}",
                        "Arbitration Counsel | {co}", "Of Counsel, {co}"]
mc.HEADLINES["sales"] = ["Legal Tech Account Executive | {co}", "Helping law firms bill more hours | {co}", "Founder & CEO at {co}",
                         "Business Development, Law Firm Partnerships | {co}", "Research Editor | {co}"]
SPOOF_PITCH = {
    "en": ["Dear {first}, a court document has been shared with you in a secure folder. Sign in with your LinkedIn credentials to view it before the deadline.",
           "Hi {first}, your firm has been nominated for a Top Lawyers 2026 award. Log in to confirm your profile and the entry fee."],
    "de": ["Sehr geehrte/r {first}, Ihnen wurde ein Schriftsatz freigegeben. Bitte melden Sie sich mit Ihren LinkedIn-Daten an, um ihn fristgerecht abzurufen.",
           "Hallo {first}, Ihre Kanzlei wurde für das Ranking der Top-Anwälte 2026 nominiert. Hier anmelden und Eintrag bestätigen."],
    "fr": ["Bonjour {first}, une pièce de procédure vous a été transmise. Connectez-vous pour la consulter avant l'audience.",
           "Bonjour {first}, votre cabinet est présélectionné au classement des meilleurs avocats 2026. Connectez-vous pour valider l'inscription."],
    "es": ["Estimado/a {first}, se ha compartido con usted un escrito judicial. Inicie sesión para descargarlo antes del plazo.",
           "Hola {first}, tu despacho ha sido nominado a los premios Top Abogados 2026. Inicia sesión para confirmar la candidatura."],
    "it": ["Gentile {first}, le è stato inoltrato un atto giudiziario. Acceda con le credenziali LinkedIn per visualizzarlo entro la scadenza.",
           "Ciao {first}, il tuo studio è stato nominato per i premi Top Avvocati 2026. Accedi per confermare la candidatura."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Rebecca Okafor", "Partner, Construction Disputes | Hallam & Reid", "Leeds",
  ("inv", "Alex, we act for a Leeds contractor with a claim against a Dutch supplier and the contract picks your jurisdiction. We need local counsel we trust; "
          "a mutual friend at the Commercial Bar Association gave me your name. Could we talk this week?"),
  ("rem",))
P("good_invitation", "de", "Dr. Henrike Vossberg", "Rechtsanwältin | Fachanwältin für Handels- und Gesellschaftsrecht", "Hamburg",
  ("inv", "Guten Tag Herr/Frau Kollege/in, ein langjähriger Mandant von uns expandiert nach Ihrem Markt und braucht dort eine Kanzlei für einen Gesellschafterstreit. "
          "Ich würde Sie gern empfehlen und vorab kurz telefonieren."))
P("good_invitation", "fr", "Maître Clémence Aubriot", "Avocate au barreau de Lyon | Commission formation de l'Ordre", "Lyon",
  ("inv", "Bonjour Maître, la commission formation organise le 3 avril une matinée gratuite sur la réforme de l'expertise judiciaire, validée au titre de la formation continue "
          "(3 h). Vous seriez le bienvenu parmi nous."))
P("good_invitation", "es", "Lucía Arenas", "Estudiante de 5º de Derecho | Equipo de moot court, Universidad de Deusto", "Bilbao",
  ("inv", "Hola Alex, soy capitana del equipo de arbitraje de Deusto para el Vis Moot. Buscamos árbitros para las rondas de práctica de marzo (online, 1 h). "
          "Vi su charla en el Club Español del Arbitraje. ¿Se animaría?"),
  ("rem",))
P("good_invitation", "it", "Avv. Tommaso Vitale", "Partner | Vitale Gori Studio Legale – contenzioso internazionale", "Genova",
  ("inv", "Buongiorno collega, ho un cliente armatore con un credito da recuperare nel suo paese: serve un domiciliatario di fiducia. Mi permetto di chiederle se "
          "segue questo tipo di pratiche o chi mi consiglia."))
P("good_invitation", "en", "Priya Raman", "Legal Recruiter – Partner Moves | Harrowgate Search", "London",
  ("inv", "Hi Alex - I'm retained by a US firm opening a disputes practice in London and they want a partner with cross-border litigation experience. "
          "Real mandate, not a fishing trip. Open to a confidential chat?"))
P("good_invitation", "de", "Marcel Lüthi", "Gerichtsreporter | NZZ", "Zürich",
  ("inv", "Grüezi, ich schreibe über das Urteil im Lieferkettenfall, in dem Sie die Klägerin vertreten haben. Hätten Sie zehn Minuten für eine Einordnung? "
          "Zitate nur nach Freigabe.", ), nl="de")


# =============================================================== default_invitation
P("default_invitation", "en", "Jordan Pike", "Paralegal | eDiscovery | Document Review", "Manchester", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sven Albrecht", "Vertrieb Kanzleisoftware", "Köln", ("inv", NONOTE))
P("default_invitation", "fr", "Yannick Perrot", "Juriste | Droit social", "Rennes", ("inv", DEFAULT))
P("default_invitation", "it", "Federico Sala", "Praticante avvocato", "Milano", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Tyler Brandt", "Enterprise AE, Law Firms | DocuSift eDiscovery", "Chicago",
  ("inv", "Hi Alex, saw your firm just took on a big supply-chain matter. DocuSift cuts first-pass review costs by ~70% with TAR 2.0. "
          "Worth 20 mins to see how Calder & Finch cut a 2M-doc review to 3 weeks?"))
P("sales_invitation", "de", "Jana Wittkowski", "Senior Research Manager | Kanzleimonitor Deutschland", "Berlin",
  ("inv", "Sehr geehrte/r Frau/Herr Morgan, Ihre Kanzlei ist für die Liste „Top-Wirtschaftskanzleien 2026“ vorgesehen. Die Listung mit Logo-Lizenz kostet 3.450 € netto. "
          "Darf ich Ihnen das Angebot schicken?"),
  ("rem",))
P("sales_invitation", "fr", "Arthur Delmas", "Fondateur | ClauseIQ – l'IA qui relit vos contrats", "Paris",
  ("inv", "Bonjour Alex, vos collaborateurs passent combien d'heures à relire des NDA ? ClauseIQ le fait en 40 secondes. "
          "Je vous propose une démo de 15 min et un essai gratuit d'un mois pour votre équipe."))
P("sales_invitation", "es", "Diego Barrientos", "Director | ExpertBridge – peritos judiciales a demanda", "Madrid",
  ("inv", "Buenos días Alex. Le escribo porque su despacho lleva litigios complejos: disponemos de 400 peritos (económicos, ingeniería, informáticos) "
          "con informe en 10 días. ¿Le paso tarifas?"))
P("sales_invitation", "it", "Martina Colombo", "Legal Marketing Consultant | Avvocati in Vetrina", "Roma",
  ("inv", "Ciao Alex! Aiuto gli studi legali a farsi trovare online: SEO, articoli ghostwritten e gestione profilo LinkedIn del partner. "
          "Primo mese al 50%. Ti va una call conoscitiva?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Graham Whitlock", "Founder | Disputes Partners Roundtable", "London",
  ("inv", "Alex, I run a small, invitation-only roundtable of disputes partners from mid-size firms. Off the record, Chatham House, quarterly dinners. "
          "No vendors in the room. Would love to have you."),
  ("msg", "Great to have you aboard. Quick one: roundtable members get preferred pricing on LexLedger, our matter-budgeting platform (I'm a co-founder). "
          "Can I put 30 mins in your diary for a walkthrough? Your finance team will thank you.", (3, 12)),
  ("msg", "Hi Alex, following up on LexLedger. We've held the founding-member rate for you until Friday: 35% off year one.", (6, 15)))
P("bait_and_switch_invitation", "de", "Katrin Hollmann", "Autorin | Praxisleitfaden DSGVO für Kanzleien", "München",
  ("inv", "Hallo Alex, ich habe einen kostenlosen Leitfaden zur DSGVO-konformen Mandatsannahme geschrieben und schicke ihn gern an Kolleginnen und Kollegen. "
          "Darf ich ihn Ihnen zusenden?"),
  ("msg", "Hier der Leitfaden, wie versprochen. Übrigens: Viele Kanzleien lassen sich bei der Umsetzung von uns begleiten – "
          "Datenschutz-Audit für Kanzleien ab 4.900 €, inkl. externem DSB. Wann passt Ihnen ein Termin für ein Erstgespräch?", (2, 8)))
P("bait_and_switch_invitation", "fr", "Olivier Saint-Clair", "Directeur | Observatoire du contentieux d'affaires", "Paris",
  ("inv", "Bonjour Alex, nous menons une enquête indépendante auprès des associés contentieux sur la durée des procédures commerciales. "
          "Les répondants reçoivent l'étude complète. Puis-je vous compter parmi eux ?"),
  ("msg", "Merci pour vos réponses ! Bonne nouvelle : votre cabinet figure dans notre sélection « Cabinets recommandés 2026 ». "
          "Pour apparaître avec fiche détaillée et logo, la participation est de 2 800 € HT. Je vous envoie le bon de commande ?", (10, 25)))
P("bait_and_switch_invitation", "es", "Nerea Goikoetxea", "Abogada | Fundadora de Mujeres en el Arbitraje", "San Sebastián",
  ("inv", "Hola Alex, desde Mujeres en el Arbitraje organizamos mentorías gratuitas entre socias y abogadas junior. ¿Te gustaría participar como mentor/a o simplemente "
          "estar en la red?"),
  ("msg", "¡Gracias por unirte! Te cuento que además de la red tengo un programa de coaching de liderazgo para socios: 6 sesiones, 3.200 €. "
          "Tengo dos huecos en mayo. ¿Te reservo uno?", (5, 20)))
P("bait_and_switch_invitation", "it", "Riccardo Pellegrini", "Avvocato | Litigation funding", "Milano",
  ("inv", "Buongiorno collega, una domanda tecnica: nei suoi arbitrati ICC le è capitato di dover dichiarare il finanziatore terzo? Sto scrivendo un articolo e vorrei un parere."),
  ("msg", "Grazie ancora per lo scambio. Le dico la verità: lavoro per Aurum Litigation Capital. Se ha cause con valore sopra 2 milioni, "
          "finanziamo spese legali in cambio del 25-35% dell'incasso. Possiamo vederci per valutare il suo portafoglio?", (4, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dr. Alan Forsythe", "Forensic Accountant | Expert Witness", "Birmingham",
  ("inm", "Quick question on quantum", "Hello Alex, I read your piece on lost-profits claims in the Law Gazette. I'm curious how courts in your jurisdiction treat "
          "the discount rate for future losses. Would you have a moment to share your view?"),
  ("inm", "Re: Quick question on quantum", "Thank you, really helpful. As it happens I act as a quantum expert: my day rate is £2,400 and I can turn around a preliminary "
          "report in 10 days. Happy to send my CV and fee schedule for your next damages case."))
P("bait_and_switch_inmail", "fr", "Bastien Roux", "Legal Operations | Communauté LegalOps France", "Nantes",
  ("inm", "Invitation : communauté LegalOps", "Bonjour Alex, je fédère une communauté gratuite de responsables LegalOps et d'associés qui partagent leurs pratiques "
          "(modèles, tableaux de bord, retours d'expérience). Vous rejoindriez-nous ?"),
  ("inm", "Bienvenue + petite proposition", "Merci de votre intérêt ! Je me permets : je suis aussi partenaire de CounselCloud, le logiciel de gestion de cabinet. "
          "Offre réservée aux membres : 20 % de remise la première année. Démo jeudi ?", (4, 12)))
P("bait_and_switch_inmail", "it", "Giorgia Landolfi", "Ricercatrice | Osservatorio Giustizia Civile", "Bologna",
  ("inm", "Studio sui tempi della giustizia civile", "Gentile avvocato, stiamo raccogliendo testimonianze di professionisti sui tempi delle cause commerciali. "
          "Le andrebbe di rispondere a 5 domande? Le invieremo i risultati."),
  ("inm", "Risultati + opportunità", "Grazie mille per le risposte! Il nostro partner ClauseIQ ha sviluppato uno strumento di analisi predittiva delle sentenze. "
          "Le interessa una dimostrazione? Per chi ha partecipato allo studio c'è un prezzo riservato.", (6, 18)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Chad Ellery", "Attorney | Personal Injury | Podcast host", "Phoenix",
  ("end",), ("end",),
  ("msg", "Yo Alex, endorsed you for {skill}, you've earned it. Mind hitting me back with Trial Advocacy and Personal Injury? Trying to beef up my profile before the Super Lawyers vote."))
P("endorse_me_back", "de", "Beate Reichardt", "Rechtsanwältin | Arbeitsrecht", "Düsseldorf",
  ("end",),
  ("msg", "Liebe Frau/Herr Kollege/in Morgan, ich habe Sie soeben für {skill} bestätigt. Dürfte ich Sie im Gegenzug um eine Bestätigung für „Arbeitsrecht“ "
          "und „Mediation“ bitten? Es wäre mir eine große Hilfe. Mit kollegialen Grüßen"))
P("endorse_me_back", "es", "Álvaro Quintana", "Abogado | Derecho procesal", "Sevilla",
  ("end",), ("end",),
  ("msg", "Alex!! te he validado {skill} y un par más, que te lo mereces 💪 ahora te toca a ti jeje: ¿me validas Derecho procesal y Litigación? gracias crack"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Ryan Kowalczyk", "Founder | BillSmart – AI time capture for lawyers", "Austin",
  ("inv", "Hey Alex, lawyers lose ~20% of billable time to bad capture. BillSmart fixes that automatically. 15 mins this week?"),
  ("rem",),
  ("inm", "Ok then", "Alex, three messages and not even a 'no thanks'. Lawyers love to talk about professionalism but can't manage basic manners. "
          "Enjoy leaving money on the table, I guess."))
P("hostility_after_decline", "de", "Holger Brenneke", "Geschäftsführer | JurAkte Cloud", "Hannover",
  ("inv", "Guten Tag, wir digitalisieren Kanzleiakten revisionssicher. Ich würde Ihnen unsere Lösung gern in einer kurzen Videokonferenz vorstellen."),
  ("inm", "Keine Reaktion", "Sehr geehrte/r Frau/Herr Morgan, dass Sie meine Anfrage einfach ignorieren, finde ich ausgesprochen unhöflich. "
          "Gerade von einem Partner einer angeblich modernen Kanzlei hätte ich mehr erwartet. Mit wenig freundlichen Grüßen"))
P("hostility_after_decline", "fr", "Stéphane Morvan", "Avocat | Droit pénal des affaires", "Marseille",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Confraternité ?", "Cher confrère, je constate que vous ne daignez pas accepter une simple demande de contact entre avocats. La confraternité "
          "semble être une notion bien relative chez certains associés parisiens. Je m'en souviendrai."))
P("hostility_after_decline", "es", "Jaime Olivares", "CEO | RankAbogados.es – el ranking de referencia", "Madrid",
  ("inv", "Hola Alex, su despacho tiene opciones de entrar en nuestro ranking anual. Solo necesitamos una breve llamada para explicarle el proceso y la cuota."),
  ("inm", "Sin respuesta", "Alex, le he escrito varias veces. Si su despacho prefiere seguir siendo invisible, allá usted. Pero no responder es una falta de "
          "educación impropia de alguien que cobra 400 euros la hora."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Claudio Ferrante", "Consulente | Software gestionale per studi legali", "Napoli",
  ("msg", "Ciao Alex, grazie del collegamento. Ti propongo il nostro gestionale per studi legali: agenda udienze, fatturazione elettronica e PCT integrati. Dimostrazione gratuita?"),
  ("msg", "Alex, ti ho scritto due volte e neanche un 'no grazie'. Voi avvocati vi credete sopra tutti. Complimenti per l'educazione, davvero."))
P("hostility_connection", "en", "Dana Whitfield", "Growth Lead | Verdictly – court analytics", "Boston",
  ("acc",),
  ("msg", "Thanks for connecting! Verdictly tells you how your judge ruled on every similar motion in the last 10 years. Can I get you a trial seat?"),
  ("msg", "Honestly, I'd expect a partner to have the decency to reply. You accepted my connection and then ghosted me. That's just rude."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Neil Hargreaves", "Director | BenchRank Legal Directory", "London",
  ("msg", "Hi Alex, submissions for the 2026 BenchRank guide close on 30 June. Our Enhanced Profile (£3,950 + VAT) puts you on the first page of your practice area. "
          "Shall I send the order form?"),
  ("msg", "Alex, just checking you saw this. Your competitors at Calder & Finch have already upgraded."),
  ("msg", "Last chance for the early-bird rate on the Enhanced Profile: 15% off until Friday. Reply YES and I'll do the paperwork."))
P("connection_only_pitches", "de", "Tanja Strobel", "Key Account | LegalTranslate Pro – Fachübersetzungen", "Frankfurt am Main",
  ("msg", "Hallo Alex, für Ihre internationalen Verfahren: beglaubigte Übersetzungen von Schriftsätzen in 48 Stunden, 0,19 € pro Wort. Darf ich Ihnen ein Angebot machen?"),
  ("msg", "Hallo nochmal, wir haben gerade einen Rahmenvertrag mit einer anderen Prozesskanzlei abgeschlossen – Konditionen gern auch für Sie. Kurzer Call diese Woche?"))
P("connection_only_pitches", "es", "Marina Castells", "Consultora | Captación de clientes para despachos", "Barcelona",
  ("msg", "Hola Alex, ayudamos a despachos a conseguir 10-15 clientes nuevos al mes con campañas en LinkedIn y Google. ¿Te cuento cómo?"),
  ("msg", "Alex, te paso un caso de éxito de un despacho mercantil como el tuyo: +40% de facturación en seis meses. ¿Agendamos 20 minutos?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Laure Vignal", "Commerciale | Éditions juridiques Dalmas", "Paris",
  ("msg", "Bonjour Alex, notre nouvelle base de jurisprudence commentée sort ce mois-ci. Je peux vous proposer un abonnement cabinet avec 3 mois offerts. Intéressé ?"))
P("single_pitch", "it", "Paolo Ruggeri", "Broker assicurativo | RC professionale avvocati", "Torino",
  ("msg", "Buongiorno Alex, la polizza RC professionale del suo studio scade a fine anno? Le preparo un preventivo comparativo senza impegno."))
P("single_pitch", "en", "Imogen Clarke", "Founder | Partner Presence – LinkedIn ghostwriting for lawyers", "Bristol",
  ("msg", "Hi Alex, love your posts but you only post once a month. I write LinkedIn content for partners at UK firms - 3 posts a week, your voice, £900/month. Want a sample?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Samuel Adeyemi", "Partner | Adeyemi & Cole, Lagos", "Lagos",
  ("msg", "Alex, a client of ours, a Nigerian fintech, is being sued in your courts over a licensing deal. I told them you're the person to call. "
          "I've cc'd you on an email with the GC; no fee share expected, just look after them."))
P("connection_brings_value", "de", "Friederike Aust", "Vorsitzende | Anwaltverein, Arbeitsgemeinschaft Internationaler Rechtsverkehr", "Frankfurt am Main",
  ("end",),
  ("msg", "Liebe/r Alex, am 18. Juni haben wir unser Sommertreffen mit Vortrag zur neuen EU-Zustellungsverordnung – für Mitglieder und Gäste kostenlos, "
          "Fortbildungsnachweis nach § 15 FAO gibt es auch. Ich würde mich freuen, wenn Sie kommen."))
P("connection_brings_value", "fr", "Hélène Castagné", "Avocate associée | Arbitrage | Genève", "Genève",
  ("msg", "Cher Alex, suite à notre échange au colloque, voici la checklist que nous utilisons pour la production de documents en arbitrage CCI (version anonymisée). "
          "Servez-vous-en librement, et dites-moi si vous voyez des améliorations."))
P("connection_brings_value", "es", "Ignacio Berrocal", "Socio | Berrocal Abogados – Litigación", "Valencia",
  ("msg", "Alex, ¿te interesaría actuar como perito en derecho inglés en un arbitraje que llevamos en Madrid? El tribunal necesita un dictamen sobre "
          "cláusulas de limitación de responsabilidad. Honorarios a tu tarifa habitual, lo paga el cliente. Te mando el escrito si te cuadra."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Oliver Marsh", "Head of Legal Talent | Ferrand Whitaker LLP", "London",
  ("inm", "Equity partner – disputes (London)", "Hi Alex, I lead partner hiring at Ferrand Whitaker. We're looking for an equity partner to lead our commercial disputes group. "
          "Your cross-border work is exactly what the board wants. Could we have a confidential coffee?"))
P("stranger_inmail_recruiter", "de", "Annika Sörensen", "Talent Acquisition | Rechtsabteilung, Halvorsen Energie AG", "Essen",
  ("inm", "General Counsel (m/w/d) – Halvorsen Energie", "Guten Tag, wir besetzen die Position General Counsel mit Schwerpunkt Prozessführung und Schiedsverfahren. "
          "Ihr Profil passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch mit unserem CFO?"))
P("stranger_inmail_recruiter", "it", "Valeria Donati", "HR Director | Gruppo Fincantieri-Nord", "Trieste",
  ("inm", "Posizione: Head of Litigation", "Gentile avvocato, cerchiamo un Head of Litigation per la direzione legale del gruppo, sede Trieste o Milano. "
          "Retribuzione in linea con uno studio di primo livello. Posso mandarle la job description?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brandon Hale", "Partnerships | ExpertBridge – expert witnesses on demand", "New York",
  ("inm", "Need an expert witness this quarter?", "Hi Alex, ExpertBridge gives firms vetted experts in 48 hours: economists, engineers, forensic IT. "
          "Flat placement fee, no retainer. Can I send our roster for your practice area?"),
  ("inm", "Following up", "Hi Alex, bumping this up: first placement is 50% off this month. Shall we book a call?"))
P("stranger_inmail_sales", "fr", "Camille Ferrand", "Responsable grands comptes | LexiCompta – facturation cabinets", "Lille",
  ("inm", "Votre facturation au temps passé", "Bonjour Maître, combien d'heures non facturées votre cabinet perd-il chaque mois ? LexiCompta automatise la saisie des temps "
          "et la facturation. Je vous propose 20 minutes de démonstration."))
P("stranger_inmail_sales", "es", "Rodrigo Menéndez", "Director comercial | Premios Excelencia Jurídica", "Madrid",
  ("inm", "Nominación – Premios Excelencia Jurídica 2026", "Estimado Alex: su despacho ha sido seleccionado finalista en la categoría de Litigación. "
          "Para la gala y la difusión, el paquete de finalista tiene un coste de 1.950 € + IVA. ¿Confirmamos su participación?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Marcus Delaney", "Partner | Delaney Ward, Dublin", "Dublin",
  ("inv", "Alex, we were both on the IBA litigation panel. I have an Irish client with a dispute your side of the water and would like to refer it to you. Happy to connect?"),
  ("msg", "Introduced you to the client's GC by email just now. They're expecting your call."),
  ("end",),
  ("msg", "Hope the Irish matter is going well! Small favour: I endorsed you for {skill}, would you endorse me for Litigation and Insolvency? Directory season and all that."))
P("good_turns_ugly", "de", "Carsten Wiegand", "Referent | Rechtsanwaltskammer, Fortbildung", "Stuttgart",
  ("inv", "Hallo Alex, wir suchen Referentinnen und Referenten für unsere kostenfreie Fortbildungsreihe zu grenzüberschreitenden Verfahren. Hätten Sie Interesse an einem Vortrag?"),
  ("msg", "Danke für Ihre Zusage! Anbei die Folienvorlage und der Teilnehmerkreis (ca. 60 Kolleginnen und Kollegen)."),
  ("msg", "Noch etwas in eigener Sache: Neben der Kammerarbeit vertreibe ich „Kanzlei-Kompass“, eine Software für Fristen und Wiedervorlagen. "
          "Für Referenten 25 % Rabatt. Darf ich Ihnen einen Demo-Zugang einrichten?", (10, 30)))
P("good_turns_ugly", "es", "Carolina Vidal", "Profesora de Derecho Procesal | Universidad Complutense", "Madrid",
  ("inv", "Hola Alex, estoy preparando un seminario gratuito para abogados sobre prueba electrónica y me encantaría contar contigo en la mesa redonda. ¿Hablamos?"),
  ("msg", "¡Mil gracias por participar! Aquí tienes la grabación y las diapositivas de todos los ponentes."),
  ("msg", "Alex, te escribo por otro tema: dirijo también una consultora de peritaje informático. Para tus litigios te ofrezco informes periciales con un 20% de descuento. "
          "¿Te envío tarifas?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Hunter Caldwell", "SDR | CounselCloud practice management", "Denver",
  ("inm", "Your firm's practice management", "Hi Alex, still on spreadsheets for conflicts checks? CounselCloud does it in seconds. Got 15 mins Thursday?"),
  ("inv", "Hi Alex, fellow legal-tech enthusiast here, would be great to connect and swap ideas on the future of law."))
P("reinvite_known_bad", "it", "Serena Bassi", "Account manager | Banche dati giuridiche", "Bologna",
  ("inv", "Buongiorno, le propongo una prova gratuita della nostra banca dati di giurisprudenza, con sconto per studi sotto i 20 avvocati."),
  ("inv", "Buongiorno Alex, ci siamo incrociati al congresso dell'Ordine a Roma. Restiamo in contatto?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Grégory Lebrun", "Directeur commercial | Palmarès des Avocats d'Affaires", "Paris",
  ("inv", "Bonjour Alex, votre cabinet pourrait figurer dans notre palmarès. Un rendez-vous de 15 minutes pour vous présenter la formule ?"),
  ("inm", "Dommage", "Alex, votre silence est assez révélateur de l'arrogance de certains cabinets. Ne venez pas vous plaindre quand vos concurrents "
          "apparaîtront et pas vous."),
  ("inv", "Bonjour Alex, repartons sur de bonnes bases ? Je serais ravi d'échanger."))
P("reinvite_known_ugly", "de", "Florian Maurer", "Vernetzer | Juristen-Stammtisch Rhein-Main", "Wiesbaden",
  ("inm", "Juristen-Stammtisch", "Hallo Alex, wir treffen uns monatlich zum lockeren Austausch unter Juristinnen und Juristen, ohne Verkaufsabsichten. Lust vorbeizukommen?"),
  ("inm", "Nach dem Stammtisch", "Schön, dass Sie Interesse haben! Ich bin übrigens unabhängiger Finanzberater für Freiberufler – Versorgungswerk, Praxisabgabe, "
          "Steuern. Ein kostenloses Erstgespräch?", (5, 15)),
  ("inv", "Hallo Alex, lassen Sie uns doch direkt vernetzen, dann bleiben wir in Kontakt."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Pilar Echeverría", "Directora de Desarrollo de Negocio | LexDatos – jurisprudencia con IA", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Ya que coincidimos en el foro de legaltech, te cuento: LexDatos resume sentencias con IA y predice el resultado del recurso. "
          "¿Te hago una demo para tu equipo?"))
P("user_invited_pitch_once", "en", "Gavin Tully", "Managing Director | Tully Court Reporting", "Glasgow",
  ("acc",),
  ("msg", "Cheers for the invite Alex. If you ever need transcripts or remote deposition support, we do same-day turnaround. Rate card attached, happy to quote."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Antoine Gervais", "Partner | Vigie Intelligence économique", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Nous faisons des enquêtes de solvabilité et de localisation d'actifs pour les cabinets contentieux avant exécution. "
          "Puis-je vous présenter notre offre ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : forfait de lancement à 1 500 € par dossier ce trimestre. Un créneau pour en parler ?"))
P("user_invited_pitch_twice", "it", "Davide Pugliese", "Fondatore | NotifyPEC – notifiche e depositi telematici", "Bari",
  ("acc",),
  ("msg", "Grazie per l'invito, Alex! Il nostro servizio gestisce notifiche PEC e depositi telematici in outsourcing per studi legali. Ti mando il listino?"),
  ("msg", "Ciao Alex, ti riscrivo perché a marzo aumentiamo i prezzi: se firmi entro fine mese blocchi la tariffa 2025. Sentiamoci!"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Prof. Dr. Jörg Habermann", "Lehrstuhl für Zivilprozessrecht | Universität Heidelberg", "Heidelberg",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Wie besprochen schicke ich Ihnen den Entwurf unserer Kommentierung zu § 1059 ZPO – Ihre Praxisanmerkungen wären sehr willkommen, "
          "und Sie werden im Vorwort genannt."))
P("user_invited_value", "en", "Fiona Gallagher", "Chair | Young Lawyers Committee, Dublin Bar", "Dublin",
  ("acc",),
  ("msg", "Thanks for accepting, Alex! As promised, here's the sign-up for our free cross-border litigation masterclass on 12 May. Counts for 2 CPD hours, and you'd be very welcome on the panel too."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Juliette Marchand", "Juge consulaire | Tribunal de commerce", "Lyon", ("acc",))
P("acceptance_only", "es", "Enrique Salvatierra", "Decano | Colegio de Abogados", "Zaragoza", ("acc",))
P("lone_endorsement", "en", "Harriet Lowe", "LLM candidate | King's College London", "London", ("end",))
P("lone_endorsement", "it", "Beatrice Orlando", "Praticante | Studio Legale Ferretti", "Firenze", ("end",))


# =============================================================== more voices
P("good_invitation", "fr", "Nadia Bensalem", "Avocate | Contentieux commercial | Montréal", "Montréal",
  ("inv", "Bonjour Alex, je représente une PME québécoise dans un litige avec un distributeur de votre région. Je cherche un correspondant local pour une saisie conservatoire. "
          "Auriez-vous la disponibilité ?"))
P("sales_invitation", "en", "Kelsey Morgan-Price", "Account Director | Lumen Legal Staffing", "London",
  ("inv", "Hi Alex, short of hands on a big disclosure exercise? We place contract solicitors and paralegals within 48h. Happy to send CVs and rates."), nl="en")
P("hostility_after_decline", "it", "Gianni Lo Russo", "Agente | Premi Avvocati dell'Anno", "Roma",
  ("inv", "Buongiorno avvocato, il suo studio è tra i candidati ai Premi Avvocati dell'Anno. Le spiego in una call come funziona l'iscrizione."),
  ("rem",),
  ("inm", "Peccato", "Avvocato, ignorarmi dopo due messaggi è una mancanza di rispetto. Evidentemente il suo studio non ha bisogno di visibilità. Buona fortuna."))
P("connection_brings_value", "it", "Avv. Elena Sartori", "Consigliere | Ordine degli Avvocati di Milano", "Milano",
  ("end",),
  ("msg", "Ciao Alex, ti segnalo il convegno gratuito dell'Ordine sul nuovo processo civile telematico, 20 maggio in Aula Magna: 3 crediti formativi. "
          "Se vuoi ti tengo un posto in prima fila."))
P("default_invitation", "es", "Óscar Villalba", "Abogado | Derecho bancario", "Málaga", ("inv", DEFAULT))
P("endorse_me_back", "fr", "Romain Texier", "Avocat | Droit immobilier", "Bordeaux",
  ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé pour {skill}. Si vous aviez une minute, une recommandation en retour sur « Droit immobilier » me rendrait bien service. Merci !"))
P("stranger_inmail_recruiter", "es", "Alejandra Figueroa", "Socia directora de talento | Uría Castell Abogados", "Madrid",
  ("inm", "Incorporación como socio – Litigación", "Hola Alex, estamos reforzando el área de litigación y arbitraje internacional y buscamos un socio con tu perfil. "
          "¿Te apetece un café discreto para contarte el proyecto?"))
P("single_pitch", "de", "Moritz Engel", "Vertrieb | Legal AI Assistent „Paragraf“", "Berlin",
  ("msg", "Hallo Alex, darf ich Ihnen Paragraf vorstellen? Unser KI-Assistent entwirft Schriftsätze in Minuten. Ich würde Ihnen gern einen Testzugang einrichten."))


# ------------------------------------------------------------------------- checks
for _sc, _lang, _name, _hl, _loc, _nl, _steps in PEOPLE:
    for _st in _steps:
        if _st[0] == "inv" and _st[1] not in (DEFAULT, NONOTE):
            assert len(_st[1]) <= 300, (_name, len(_st[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rebecca Okafor", "r.okafor@hallamreid.example.co.uk", "Local counsel - Dutch supplier claim",
     "Dear Alex,\n\nI've also sent a LinkedIn request. Attached is the contract and the letter before action. Can we speak Thursday?\n\nBest,\nRebecca", "en"),
    ("Kanzleimonitor Deutschland", "angebot@kanzleimonitor.example.de", "Ihre Listung 2026 – Angebot",
     "Sehr geehrte Damen und Herren,\n\nwie auf LinkedIn angekündigt, erhalten Sie anbei unser Angebot für die Listung 2026 (3.450 € netto).", "de"),
    ("Ordre des avocats", "formation@barreau.example.fr", "Attestation de formation continue",
     "Maître,\n\nveuillez trouver votre attestation de formation continue. Les photos de la matinée seront publiées sur notre page LinkedIn.", "fr"),
    ("Secretaría del Juzgado", "notificaciones@juzgado.example.es", "Señalamiento de vista – procedimiento ordinario",
     "Se comunica el señalamiento de la vista para el día 14. Este correo es informativo; no responda a través de redes sociales como LinkedIn.", "es"),
    ("Segreteria Studio", "segreteria@studio.example.it", "Agenda udienze settimana prossima",
     "Ciao Alex,\n\nti giro l'agenda. Nota: l'avv. Vitale ti ha scritto anche su LinkedIn per la domiciliazione a Genova.", "it"),
    ("Firm Marketing", "marketing@alexfirm.example.com", "Please update your LinkedIn headshot",
     "Hi all,\n\nthe new partner photos are in the shared drive. Please update your LinkedIn profile picture by Friday so the directory submissions match.", "en"),
    ("DocuSift", "no-reply@docusift.example.com", "Your eDiscovery ROI report is ready",
     "Hi Alex,\n\nthanks for connecting with Tyler on LinkedIn! Here's the ROI report he mentioned. Book a demo anytime.", "en"),
    ("Chad Ellery", "chad@elleryinjury.example.com", "LinkedIn endorsements :)",
     "Hey Alex,\n\ndid you see my LinkedIn message? Would mean a lot if you could endorse me back before the vote.\n\nChad", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fifty-third development corpus (dev53). Generated by scripts/make_corpus_dev53.py (seed {SEED}); do not edit by hand.",
          "# Alex as a partner in a mid-size law firm: legal-tech vendors, referrals and local-counsel requests, expert witnesses, paid directories, "
          "bar events, law students, recruiters, hostile ignored vendors. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev53", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
