#!/usr/bin/env python3
"""Write mailbot's eighteenth, independent development corpus: tests/corpus/dev18/*.eml + expected.toml.

The angle: the user Alex is the general counsel (head of legal) of a listed industrial
group. Their LinkedIn world: legal-tech vendors (contract lifecycle management,
e-discovery, AI contract review, e-billing and legal spend), alternative legal service
providers and legal-staffing agencies that sell to Alex, law-firm partners who pitch for
mandates next to law-firm partners who share a free seminar with CLE / Fortbildung (§ 15
FAO) hours or a client alert, in-house peers asking about whistleblowing, sanctions
compliance or GC team structures, legal recruiters who bring Alex a GC role, bar
association events, law students asking for an internship, expert networks (a paid
consultation offered to Alex, a paid consultation used as bait, a subscription sold to
Alex's department), conference organisers selling sponsorship, translation agencies,
hostility after a declined invitation or an unanswered message (formal legalese, "I
reserve all rights", sarcasm, passive aggression), endorse-me-back for Corporate Law or
Compliance, and bait and switch (a "GC roundtable", a "benchmark of legal spend", a "free
briefing on the AI Act", then a sales ask).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the job-alert titles, the headlines
of spoof-only names and PYMK suggestions, and the pitches that spoofs carry are swapped
for legal ones in this process only (make_corpus.py itself is not changed). Every note
was written from shared/taxonomy.md alone, without reading mailbot's signals, judge,
parser or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev18.py              # writes tests/corpus/dev18
    python scripts/make_corpus_dev18.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260618

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the legal world (this process only)
SKILLS = {
    "en": ["Corporate Law", "Compliance", "Mergers & Acquisitions", "Contract Negotiation", "Corporate Governance", "Litigation"],
    "de": ["Gesellschaftsrecht", "Compliance", "Mergers & Acquisitions", "Vertragsrecht", "Corporate Governance"],
    "fr": ["Droit des sociétés", "Conformité", "Fusions et acquisitions", "Négociation de contrats", "Gouvernance d'entreprise"],
    "es": ["Derecho mercantil", "Compliance", "Fusiones y adquisiciones", "Negociación de contratos", "Gobierno corporativo"],
    "it": ["Diritto societario", "Compliance", "Fusioni e acquisizioni", "Contrattualistica", "Corporate governance"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("General Counsel", "Norbridge Industries"), ("Chief Legal Officer (m/w/d)", "Solvent AG"), ("Head of Legal & Compliance", "Tessaly"),
              ("Directeur juridique groupe", "Meridian Logistics"), ("Senior Legal Counsel M&A", "Veltra")]
mc.COMPANIES["good"] = ["Norbridge Industries", "Veltra", "Solvent AG", "Tessaly", "Meridian Logistics", "Halden Group", "Rheinwerk AG", "Verallon SA"]
mc.COMPANIES["sales"] = ["Clauseon", "Lexaris eDiscovery", "Revisa AI", "Spendwise Legal", "LawForce Staffing", "Northgate Legal Services", "Lingua Iuris"]
mc.COMPANIES["pretext"] = ["Northgate Legal Services", "Spendwise Legal", "LawForce Staffing", "Revisa AI"]
mc.HEADLINES["good"] = ["General Counsel at {co}", "Head of Legal | {co}", "Senior Legal Counsel, Compliance | {co}", "Chief Compliance Officer at {co}",
                        "Company Secretary | {co}", "Legal Recruiter, In-house Counsel", "Law student | Corporate law"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping legal teams do more with less | {co}", "Business Development | {co}",
                         "Founder & CEO at {co}", "Sales Director DACH at {co}"]
mc.HEADLINES["pretext"] = ["Community Lead | In-house Legal Network", "Founder, GC Circle", "Connecting legal leaders | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a confidential settlement agreement (4 pages) has been shared with you for signature. Review it here before 5 pm today.",
           "Hello {first}, your profile was reported for a compliance breach. Sign in within 24 hours to file your response."],
    "de": ["Hallo {first}, Ihnen wurde ein vertraulicher Vergleichsentwurf zur Unterschrift freigegeben. Bitte melden Sie sich an, um ihn zu öffnen.",
           "Hallo {first}, gegen Ihr Profil liegt eine Beschwerde vor. Bitte bestätigen Sie Ihre Identität innerhalb von 24 Stunden."],
    "fr": ["Bonjour {first}, un protocole transactionnel confidentiel vous a été transmis pour signature. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre profil fait l'objet d'un signalement. Merci de confirmer votre identité sous 24 heures."],
    "es": ["Hola {first}, se ha compartido contigo un acuerdo de confidencialidad para firmar. Inicia sesión para verlo.",
           "Hola {first}, tu perfil ha recibido una denuncia por incumplimiento. Verifica tu cuenta en 24 horas."],
    "it": ["Ciao {first}, ti è stato inviato un accordo transattivo riservato da firmare. Accedi per visualizzarlo.",
           "Gentile {first}, il suo profilo è stato segnalato per una violazione. Confermi la sua identità entro 24 ore."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Katharina Albers", "Partnerin | Compliance & Lieferketten | Albers Reuter Rechtsanwälte", "Düsseldorf",
  ("inv", "Guten Tag Alex, am 12. März machen wir in unserem Düsseldorfer Büro ein Seminar zur CSDDD und dazu, was vom LkSG nach dem Omnibus-Paket "
          "übrig bleibt. Gedacht ist es für Syndikusrechtsanwältinnen und -anwälte aus der Industrie. Teilnahme kostenfrei, Bescheinigung über "
          "3 Zeitstunden nach § 15 FAO gibt es vor Ort. Wenn Sie mögen, schicke ich Ihnen die Einladung. Beste Grüße, Katharina Albers"),
  ("rem",))
P("good_invitation", "fr", "Sophie Marchetti", "Directrice juridique groupe | Verallon SA (Euronext)", "Lyon",
  ("inv", "Bonjour Alex, nous revoyons notre dispositif d'alerte interne (Sapin II + loi Waserman) et j'ai une question très concrète : avez-vous "
          "externalisé la plateforme de recueil, ou la gérez-vous en interne avec la compliance ? Je cherche surtout des retours sur le traitement "
          "des alertes anonymes venant des filiales étrangères. Si vous avez 20 minutes un jour, je partage volontiers notre propre procédure en échange."),
  ("rem",))
P("good_invitation", "it", "Giulia Ferraris", "Studentessa di Giurisprudenza, Università Cattolica | Diritto societario", "Milano",
  ("inv", "Buongiorno Alex, sono al quinto anno di Giurisprudenza in Cattolica e sto scrivendo la tesi sul whistleblowing nelle società quotate "
          "(d.lgs. 24/2023). Ho visto che il vostro ufficio legale ha una sede anche a Milano: volevo chiederle se prendete tirocinanti curriculari "
          "per la primavera. Anche solo un consiglio su a chi scrivere mi sarebbe utilissimo. Grazie mille e scusi il disturbo! Giulia"))
P("good_invitation", "en", "Owen Pritchard", "Chair, In-house Lawyers Committee | Law Society", "London",
  ("inv", "Hi Alex - I chair the in-house committee at the Law Society. We're holding an evening panel on legal privilege for in-house teams "
          "after the latest Court of Appeal ruling: 14 May, Chancery Lane, free for members and non-members alike, and it counts towards CPD. "
          "Two of the panellists are GCs of listed industrials, so I thought it might be your kind of evening. Owen"))
P("good_invitation", "es", "Marta Iglesias", "Headhunter | Legal & Compliance | Executive Search", "Madrid",
  ("inv", "Hola Alex: llevo la búsqueda de Director/a de Asesoría Jurídica para un grupo industrial cotizado en el Mercado Continuo (unos 4.000 "
          "empleados, sede en Madrid). Reporte al CEO y vicesecretaría del consejo, equipo de 9 abogados, fijo en torno a 210-240k más variable. "
          "Tu trayectoria encaja muy bien. ¿Conectamos y te lo cuento con discreción?"),
  ("rem",))
P("good_invitation", "it", "Daniel Whitfield", "Deputy General Counsel, EMEA | Corvane Industrial (NYSE)", "Milano",
  ("inv", "Hi Alex, apologies for writing in English, my Italian is still a work in progress. We're a US-listed group with two plants in Lombardy "
          "and I've been asked to redo our sanctions screening after the last EU package, in particular the 'no Russia' clause in our export "
          "contracts. I saw you spoke about exactly this at the AIGI conference. Would you be willing to compare notes for half an hour? "
          "Happy to share the clause wording we ended up with."),
  nl="en")


# =============================================================== default_invitation
P("default_invitation", "fr", "Nicolas Perrin", "Juriste droit des affaires | Paralegal", "Bordeaux", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Matteo Sala", "Avvocato | Diritto del lavoro", "Bergamo", ("inv", NONOTE))
P("default_invitation", "fr", "Thomas Girard", "Legal Engineer | Legal Tech", "Lille", ("inv", DEFAULT), ("rem",), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Florian Weidner", "Sales Director DACH | Vertragsmanagement (CLM) bei Clauseon", "München",
  ("inv", "Hallo Alex, viele Rechtsabteilungen börsennotierter Industrieunternehmen verwalten ihre Verträge noch in SharePoint und Excel. Mit "
          "Clauseon hatten zwei MDAX-Konzerne ihre Laufzeiten und Kündigungsfristen nach sechs Wochen vollständig im Griff. Hätten Sie nächste "
          "Woche 20 Minuten für eine kurze Demo? Viele Grüße"))
P("sales_invitation", "it", "Roberta Galli", "Business Development | LexTemp, avvocati in somministrazione", "Torino",
  ("inv", "Buongiorno Alex, nei periodi di picco (due diligence, rinnovi contrattuali, assemblea) gli uffici legali vanno in affanno. LexTemp "
          "mette a disposizione avvocati e paralegal qualificati in 48 ore, anche per poche settimane, con tariffe giornaliere trasparenti. "
          "Posso inviarle il listino e qualche profilo disponibile?"))
P("sales_invitation", "fr", "Arnaud Lefebvre", "Associé | Contentieux des affaires & arbitrage | Lefebvre Morin Avocats", "Paris",
  ("inv", "Bonjour Alex, associé en contentieux des affaires, j'accompagne plusieurs groupes industriels cotés dans leurs litiges fournisseurs et "
          "leurs arbitrages CCI. Je serais ravi de vous présenter notre équipe et nos conditions (forfaits possibles), et pourquoi pas d'entrer "
          "dans votre panel de conseils lors de la prochaine revue. Un déjeuner dans les semaines qui viennent ?"),
  ("rem",))
P("sales_invitation", "en", "Hannah Doyle", "Partnerships Manager | European General Counsel Summit", "London",
  ("inv", "Hi Alex! Our European GC Summit in Amsterdam this October brings together 300+ heads of legal. We still have two Gold sponsorship "
          "packages left (keynote slot, exhibition stand, delegate list), from €18,500. Could I send you the prospectus?"))
P("sales_invitation", "es", "Carlos Romero", "Director comercial | Lingua Iuris, traducción jurídica y jurada", "Barcelona",
  ("inv", "Buenos días Alex. En Lingua Iuris traducimos contratos, poderes y documentación societaria a 30 idiomas, con traductores jurados y "
          "entrega en 24 h. Trabajamos para varias empresas del IBEX. ¿Me permite enviarle un presupuesto sin compromiso para la documentación "
          "de su próxima junta?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Simon Carver", "Founder, The GC Roundtable | Connecting legal leaders", "London",
  ("inv", "Alex, I run a small, invitation-only roundtable for GCs of listed companies. Eight people, Chatham House rules, dinner in London once a "
          "quarter. No vendors in the room, that's the whole point. The next one is on board reporting of legal risk. Would you like a seat?"),
  ("msg", "Great to be connected, Alex. A bit of context before the dinner: the roundtable is supported by Northgate Legal Services, where I lead "
          "client development. We run managed contract review for in-house teams at roughly a third of law-firm rates. Could we grab 30 minutes "
          "next week so I can walk you through a pilot? The dinner invitation will follow."),
  ("msg", "Hi Alex, circling back on the pilot. We have capacity from next month, and I'd be glad to send a fixed quote for your NDA and "
          "supplier-contract volume."))
P("bait_and_switch_invitation", "de", "Marcel Hoffmann", "Projektleiter | Legal Spend Benchmark 2026", "Hamburg",
  ("inv", "Hallo Alex, wir erheben gerade einen anonymen Benchmark zu den Kosten von Rechtsabteilungen börsennotierter Industrieunternehmen "
          "(externe Kanzleikosten, Stundensätze, Anteil Festpreise). Wer mitmacht, bekommt die vollständige Auswertung kostenlos. Der Fragebogen "
          "dauert 10 Minuten. Darf ich Ihnen den Link schicken?"),
  ("msg", "Danke für die Vernetzung und fürs Ausfüllen! Ihre Auswertung ist fertig: Bei den externen Kosten pro Umsatzmilliarde liegen Sie im "
          "oberen Drittel. Genau da setzt unsere E-Billing-Lösung LexInvoice an, mit automatischer Rechnungsprüfung gegen Ihre Billing Guidelines "
          "und im Schnitt 12 % Ersparnis. Wollen wir uns die Zahlen in einer Demo gemeinsam ansehen?"))
P("bait_and_switch_invitation", "fr", "Élodie Garnier", "Consultante | Conformité IA & données personnelles", "Paris",
  ("inv", "Bonjour Alex, j'organise le 3 avril un briefing gratuit de 45 minutes en visio sur ce que l'AI Act change concrètement pour les "
          "directions juridiques de groupes industriels : calendrier, systèmes à haut risque, obligations des déployeurs. Je vous envoie le lien "
          "d'inscription ?"),
  ("msg", "Merci d'avoir suivi le briefing, Alex ! Comme annoncé, la suite : nous proposons un audit de conformité AI Act en trois semaines "
          "(cartographie des usages, classification, plan d'action) au forfait de 14 500 € HT. Je peux vous adresser un devis détaillé cette semaine ?"),
  ("msg", "Alex, je me permets de relancer pour le devis. Il nous reste deux créneaux d'audit avant l'été."))
P("bait_and_switch_invitation", "it", "Stefano Vitale", "Legal Operations Manager | Innovazione nei servizi legali", "Bologna",
  ("inv", "Ciao Alex, domanda da collega: quanti NDA gestite all'anno, e li fate ancora a mano? Noi siamo arrivati a 1.200 e l'ufficio non ce la fa "
          "più. Mi piacerebbe capire come vi siete organizzati."),
  ("msg", "Grazie per il collegamento! Ti confesso che la domanda non era casuale: da gennaio lavoro per Clausia, una piattaforma di revisione "
          "contrattuale con IA che analizza un NDA in 30 secondi. Ti andrebbe una demo di 20 minuti con il nostro team? Posso farti avere anche "
          "un mese di prova."))
P("bait_and_switch_invitation", "es", "Javier Ortega", "Comunidad de Directores Jurídicos | Networking legal", "Madrid",
  ("inv", "Hola Alex, estamos montando una comunidad privada de directores jurídicos de empresas cotizadas: un grupo de WhatsApp y un desayuno al "
          "trimestre. Sin vendedores, solo pares. ¿Te apetece unirte?"),
  ("msg", "¡Bienvenido/a, Alex! Antes de meterte en el grupo te cuento a qué me dedico: en Iuris Flex ponemos abogados in-house temporales a "
          "disposición de las asesorías jurídicas, por proyecto o por horas. ¿Te puedo enviar tarifas?"),
  ("msg", "Hola de nuevo. ¿Pudiste ver las tarifas? Este mes hay un 10 % de descuento para los miembros de la comunidad 😉"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Luca Ferrante", "Ricercatore | Osservatorio Costi Legali", "Roma",
  ("inm", "Indagine sui costi degli uffici legali 2026",
   "Buongiorno Alex, l'Osservatorio sta raccogliendo dati anonimi sui costi legali delle società quotate: spesa esterna, tariffe orarie, uso di "
   "compensi a forfait. Chi partecipa riceve il report completo in anteprima, gratuitamente. Sono 12 domande. Le andrebbe di partecipare?"),
  ("inm", "Il suo report + una proposta",
   "Gentile Alex, grazie per le risposte. Nel report vedrà che la vostra spesa esterna è sopra la mediana. L'Osservatorio è un'iniziativa di "
   "Spendly Legal: la nostra piattaforma di e-billing controlla le parcelle degli studi e le riduce in media dell'11%. Possiamo fissare una demo?"))
P("bait_and_switch_inmail", "de", "Jan Petersen", "Expert Network Manager | Consilia Experts", "Berlin",
  ("inm", "Bezahltes Expertengespräch: Sanktionen im Maschinenbau",
   "Guten Tag Alex, ein Kunde von uns sucht für ein 60-minütiges Telefonat eine erfahrene Syndikusperson zu Exportkontrolle und Russland-Sanktionen "
   "im Maschinenbau. Honorar 450 € für die Stunde. Es geht nur um Ihre allgemeine Branchenerfahrung, nicht um Informationen über Ihr Unternehmen. "
   "Hätten Sie Interesse?"),
  ("inm", "Re: Expertengespräch",
   "Hallo Alex, danke für Ihre Zusage. Der Kunde hat das Projekt leider pausiert. Aber vielleicht interessant für Sie: Für Rechtsabteilungen "
   "bieten wir das Jahresabo 'Consilia for Legal' an, 20 Gespräche mit ehemaligen Behördenvertretern und Branchenkennern für 24.000 € im Jahr. "
   "Darf ich Ihnen ein Angebot schicken?"))
P("bait_and_switch_inmail", "fr", "Claire Dubois", "Directrice des programmes | Forum des Directions Juridiques", "Paris",
  ("inm", "Invitation à intervenir - Forum des Directions Juridiques",
   "Bonjour Alex, notre comité de programme aimerait vous inviter à la table ronde « Le directeur juridique face aux sanctions internationales », "
   "le 18 juin. Votre retour d'expérience serait précieux pour nos 400 participants."),
  ("inm", "Votre intervention - modalités",
   "Merci pour votre accord de principe ! Pour finaliser votre participation, les intervenants souscrivent au « pack speaker » (visibilité sur "
   "le site, 3 invitations, logo sur les supports) à 4 900 € HT. Je vous envoie le bon de commande ?"),
  ("inm", "Re: Votre intervention",
   "Alex, sans retour de votre part d'ici vendredi, je devrai attribuer votre place à un autre intervenant. Le pack reste disponible à tarif préférentiel."))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Sabine Lorenz", "Syndikusrechtsanwältin | Gesellschaftsrecht & M&A", "Frankfurt am Main",
  ("end",), ("end",),
  ("msg", "Hallo Alex, ich habe Sie gerade für {skill} bestätigt, völlig verdient! Wären Sie so nett, mich im Gegenzug für Gesellschaftsrecht "
          "zu bestätigen? Ich bewerbe mich intern gerade auf eine Teamleitung und jedes bisschen hilft 😊"))
P("endorse_me_back", "it", "Paolo Fumagalli", "Compliance Officer | 231 & Anticorruzione", "Varese",
  ("end",),
  ("msg", "Ciao Alex! Ti ho appena dato una conferma per {skill}. Se ti va di ricambiare con Compliance mi fai un favore, sto sistemando il "
          "profilo. Grazie!!"))
P("endorse_me_back", "en", "Rebecca Moss", "Legal Counsel | Corporate & Commercial", "Manchester",
  ("end",), ("end",),
  ("msg", "hey Alex, I've endorsed you a couple of times now ({skill} most recently). would be great if you could return the favour with "
          "Corporate Law, takes two seconds. thanks!"))
P("endorse_me_back", "fr", "Julien Roussel", "Juriste compliance | Sanctions & contrôle des exportations", "Lyon",
  ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé pour « {skill} ». Un petit retour sur « Compliance » serait très apprécié, ça compte vraiment "
          "pour les recruteurs en ce moment. Merci d'avance !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Rüdiger Brandl", "Geschäftsführer | eDiscovery & Forensik | DataProof GmbH", "Stuttgart",
  ("inv", "Guten Tag Alex, DataProof unterstützt Rechtsabteilungen bei internen Untersuchungen mit eDiscovery und forensischer Datensicherung. "
          "Gern stelle ich Ihnen unser Angebot in einem kurzen Termin vor."),
  ("rem",),
  ("inm", "Ihre Nichtbeachtung meiner Kontaktanfrage",
   "Sehr geehrte/r Alex, ich stelle fest, dass Sie meine Kontaktanfrage trotz Erinnerung unbeantwortet gelassen haben. Ein derartiges Verhalten "
   "befremdet gerade bei einer Person in Ihrer Position. Ich behalte mir ausdrücklich alle Rechte vor und werde mir Ihr Verhalten merken, wenn "
   "Ihr Haus das nächste Mal in einer Krise einen Dienstleister braucht. Hochachtungsvoll, R. Brandl"))
P("hostility_after_decline", "en", "Grant Fletcher", "Managing Director | LegalBridge ALSP", "Dublin",
  ("inv", NONOTE), ("rem",),
  ("inm", "Noted.",
   "Alex, an invitation and a reminder, zero response. I suppose when you're GC of a listed company you can afford to ignore people. "
   "Congratulations. Let's see how that works out when your board asks why legal costs went up again."))
P("hostility_after_decline", "fr", "Bertrand Caillaux", "Dirigeant | Juristes à temps partagé & intérim juridique", "Nantes",
  ("inv", "Bonjour Alex, nous plaçons des juristes en temps partagé auprès des directions juridiques. Seriez-vous ouvert(e) à un échange ?"),
  ("inm", "Sans réponse",
   "Bonjour Alex. Je constate que mon invitation est restée lettre morte. Je ne vous demandais pourtant qu'un oui ou un non. Je suppose que la "
   "courtoisie élémentaire ne fait pas partie des compétences attendues d'un directeur juridique. Bonne continuation, sincèrement."))
P("hostility_after_decline", "it", "Alessandro Greco", "Avvocato | Recupero crediti e contenzioso commerciale", "Napoli",
  ("inv", "Buongiorno Alex, sono un avvocato del Foro di Napoli e seguo il recupero crediti per aziende industriali. Sarei lieto di entrare in contatto."),
  ("rem",),
  ("inm", "Mancato riscontro",
   "Egregio Alex, prendo atto del Suo silenzio, che trovo francamente poco professionale per chi ricopre il ruolo di General Counsel in una "
   "società quotata. Mi riservo ogni più opportuna iniziativa e La invito a rivedere il Suo modo di trattare i colleghi del Foro. "
   "Distinti saluti. Avv. A. Greco"))
P("hostility_after_decline", "es", "Raúl Castillo", "Consultor de compliance penal | Canales de denuncia", "Sevilla",
  ("inv", DEFAULT),
  ("inm", "Sin respuesta, claro",
   "Alex, ni aceptar ni rechazar. Muy elegante. Supongo que para los directores jurídicos de las cotizadas el resto de profesionales somos "
   "invisibles. Que te vaya bonito."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Chiara Benedetti", "Account Manager | Parcelle, e-billing per uffici legali", "Milano",
  ("msg", "Ciao Alex, grazie per il collegamento! Ti scrivo perché Parcelle aiuta gli uffici legali a controllare le fatture degli studi: "
          "tariffe, ore, spese, tutto verificato in automatico. Ti va una call di 20 minuti?"),
  ("msg", "Ciao Alex, ti riscrivo per la call. Abbiamo appena chiuso con un gruppo quotato del tuo settore, posso raccontarti i risultati."),
  ("msg", "Va bene, ho capito. Due messaggi e nemmeno un \"no grazie\". Complimenti per lo stile, davvero. Evidentemente in certi uffici legali "
          "l'educazione non è tra i requisiti."))
P("hostility_connection", "de", "Werner Scholz", "Inhaber | Fachübersetzungen Recht & Technik", "Leipzig",
  ("acc",),
  ("msg", "Vielen Dank für die Annahme, Alex. Wir übersetzen Verträge, Satzungen und Hauptversammlungsunterlagen (DE, EN, FR, IT), auf Wunsch "
          "beglaubigt. Soll ich Ihnen ein Angebot für den nächsten Geschäftsbericht machen?"),
  ("msg", "Sehr geehrte/r Alex, da Sie es nicht für nötig halten, auf meine Nachricht zu reagieren, obwohl SIE die Verbindung gesucht haben, "
          "halte ich das hiermit fest. Ich behalte mir vor, Ihren Vorstand über diese Art des Umgangs mit Geschäftspartnern zu informieren. "
          "Mit freundlichen Grüßen, W. Scholz"))
P("hostility_connection", "fr", "Mathieu Giraud", "Directeur commercial | ALSP, revue documentaire & contract management", "Lille",
  ("msg", "Bonjour Alex, merci pour la connexion. Notre équipe de 40 juristes à Lille prend en charge la revue de contrats en volume pour les "
          "directions juridiques, pour bien moins cher qu'un cabinet. Je peux vous envoyer une proposition ?"),
  ("msg", "Ah, je vois que vous avez lu mon message. Pas de réponse, évidemment. Fascinant de voir à quel point certains directeurs juridiques "
          "se croient au-dessus du commun des mortels. Rassurez-vous, je ne vous dérangerai plus."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Nadine Vogt", "Key Account Managerin | eDiscovery | Lexaris", "Düsseldorf",
  ("msg", "Hallo Alex, bei internen Untersuchungen zählt jede Stunde. Lexaris durchsucht Terabytes an E-Mails und Teams-Chats mit KI-gestützter "
          "Relevanzprüfung, DSGVO-konform in Frankfurt gehostet. Darf ich Ihnen in 30 Minuten zeigen, wie das bei einem DAX-Kunden lief?"),
  ("msg", "Hallo Alex, kurzes Follow-up: Wir bieten gerade einen kostenlosen Proof of Concept mit einem Ihrer abgeschlossenen Fälle an. "
          "Passt Ihnen Dienstag oder Donnerstag?"))
P("connection_only_pitches", "fr", "Sandrine Faure", "Responsable commerciale | LegalStaff France, juristes en mission", "Paris",
  ("msg", "Bonjour Alex, besoin de renfort pour votre direction juridique ? Nous avons des juristes M&A et compliance disponibles immédiatement, "
          "en mission de 1 à 12 mois. Je vous envoie trois CV ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : une juriste compliance senior (ex-Big Four) vient de se libérer. TJM 650 €. Intéressé(e) ?"),
  ("msg", "Alex, dernière relance de ma part : nos tarifs 2026 sont en pièce jointe, valables jusqu'au 31 mars."))
P("connection_only_pitches", "en", "Edward Lang", "Partner | Commercial Litigation | Lang Whitcombe LLP", "London",
  ("msg", "Alex, hope all's well. I hear you're reviewing your UK law-firm panel this year. We'd welcome the chance to pitch: we act for several "
          "listed industrials on supply-chain disputes and can offer capped fees. Could we set up a short call with my co-partner?"),
  ("msg", "Hi Alex, following up on the panel review. Happy to send a fee proposal or our credentials deck, whichever is more useful to your "
          "procurement team."))
P("connection_only_pitches", "it", "Federica Longo", "Sponsorship Sales | Legal Innovation Forum Italia", "Roma",
  ("msg", "Ciao Alex, al Legal Innovation Forum di ottobre avremo 500 giuristi d'impresa. Per aziende come la vostra abbiamo un pacchetto "
          "Partner con stand e speech: posso mandarti la brochure con i prezzi?"),
  ("msg", "Ciao Alex, restano gli ultimi due pacchetti Partner, con sconto early bird del 15% fino a venerdì. Ti giro il modulo d'ordine?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Lucía Herrero", "Account Executive | Revisa AI, revisión de contratos con IA", "Madrid",
  ("msg", "Hola Alex, ¿cuánto tiempo dedica tu equipo a revisar contratos de proveedores? Con Revisa AI lo reducimos un 70 %. ¿Te viene bien una "
          "demo de 20 minutos la semana que viene?"))
P("single_pitch", "it", "Elena Caputo", "Traduzioni legali e giurate | Studio Caputo", "Firenze",
  ("msg", "Buongiorno Alex, per la prossima assemblea degli azionisti vi serviranno le traduzioni di relazioni e verbali: il nostro studio lavora "
          "con traduttori giurati madrelingua e tempi garantiti. Le posso preparare un preventivo?"))
P("single_pitch", "de", "Henrik Maurer", "Partner | Arbeitsrecht | Maurer Seidel Rechtsanwälte", "Hannover",
  ("msg", "Lieber Alex, ich habe gehört, dass bei Ihnen eine Restrukturierung mit Standortschließung ansteht. Wir haben in den letzten Jahren "
          "mehrere Interessenausgleiche für Industrieunternehmen verhandelt und würden Ihnen unser Team gern in einem Beauty Contest vorstellen. "
          "Wann passt es Ihnen?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Hélène Bonnard", "Associée | Sanctions internationales & contrôle export | Bonnard Vial Avocats", "Paris",
  ("msg", "Bonjour Alex, pour information : notre note sur le dernier paquet de sanctions et la nouvelle obligation de « best efforts » à l'égard "
          "des filiales étrangères est en ligne, en accès libre, sans inscription. Le passage sur les clauses contractuelles devrait parler à "
          "votre équipe export."),
  ("msg", "Et si le sujet vous intéresse, nous faisons le 6 mai un petit-déjeuner gratuit sur le même thème, validé au titre de la formation "
          "continue des avocats (2 heures). Aucune obligation, évidemment."))
P("connection_brings_value", "de", "Claudia Neumann", "Chief Compliance Officer | Rheinwerk AG", "Köln",
  ("end",),
  ("msg", "Hallo Alex, wie im Arbeitskreis versprochen: anbei unsere Konzernrichtlinie zum Hinweisgeberschutz (HinSchG) samt Prozessbeschreibung "
          "für die Auslandstöchter. Nehmen Sie raus, was Ihnen hilft. Bei Fragen einfach anrufen. Claudia"))
P("connection_brings_value", "it", "Marco Pellegrini", "Consigliere | AIGI, Associazione Italiana Giuristi d'Impresa", "Milano",
  ("msg", "Ciao Alex, il 22 maggio AIGI organizza a Milano un seminario gratuito, aperto anche ai non soci, sulla nuova disciplina del whistleblowing "
          "e il modello 231. Sono riconosciuti 3 crediti formativi. Se vuoi ti tengo un posto, e se qualcuno del tuo team vuole venire è il benvenuto."),
  ("msg", "Grazie di essere venuto/a! Ti mando le slide e l'attestato per i crediti. Alla prossima."))
P("connection_brings_value", "en", "Priyanka Shah", "General Counsel | Halden Group plc", "Birmingham",
  ("msg", "Alex - following our chat at the in-house forum, I pulled together what I have on GC team structures: lawyers per £bn revenue, legal ops "
          "roles, reporting lines, from twelve listed industrials who agreed to share (anonymised). Spreadsheet attached. No strings, I just think "
          "we all do better when we can see this stuff."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Annika Reiß", "Partnerin | Executive Search Legal & Compliance", "München",
  ("inm", "General Counsel (m/w/d) - MDAX-Konzern, vertraulich",
   "Guten Tag Alex, ich begleite einen MDAX-Konzern aus dem Maschinen- und Anlagenbau bei der Besetzung der Position General Counsel: Mitglied der "
   "erweiterten Geschäftsleitung, weltweit 35 Juristinnen und Juristen, Sitz München. Ihr Profil passt ausgesprochen gut. Hätten Sie Interesse "
   "an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "fr", "Vincent Aubert", "Chasseur de têtes | Juridique & Compliance | Aubert Search", "Paris",
  ("inm", "Directeur juridique groupe - SBF 120",
   "Bonjour Alex, je recrute le directeur juridique groupe d'un équipementier coté au SBF 120 (12 000 salariés, 25 pays). Rattachement au DG, "
   "membre du comité exécutif, secrétariat du conseil inclus. Fixe 250-280 k€ + variable + LTI. Seriez-vous disponible pour un échange "
   "confidentiel cette semaine ?"))
P("stranger_inmail_recruiter", "it", "Silvia Romano", "Executive Search | Legal & Compliance", "Milano",
  ("inm", "Direttore Affari Legali e Societari - gruppo quotato",
   "Gentile Alex, seguo per un gruppo industriale quotato su Euronext Milan la ricerca del Direttore Affari Legali e Societari, a diretto riporto "
   "dell'AD, con responsabilità anche sulla compliance 231. Sede a Brescia, lavoro ibrido. Le andrebbe di parlarne con riservatezza? Le invio "
   "volentieri la descrizione del ruolo."))
P("stranger_inmail_recruiter", "en", "Nathan Brooks", "Network Manager, Legal & Regulatory | Atlas Expert Network", "New York",
  ("inm", "Paid 1-hour consultation: sanctions compliance in European industrials",
   "Hello Alex, I'm reaching out on behalf of a client, a consultancy preparing a market study, who would value an hour with an experienced "
   "in-house lawyer on how European industrial groups organise sanctions screening. Honorarium: USD 650 for 60 minutes by phone. We never ask "
   "for confidential information about your employer, and you can skip any question. Would you be open to it?"))
P("stranger_inmail_recruiter", "es", "Alberto Prieto", "Socio | Búsqueda de directivos, área Legal", "Madrid",
  ("inm", "Secretario/a General y del Consejo - grupo industrial cotizado",
   "Hola Alex, busco para un grupo industrial cotizado un/a Secretario/a General y del Consejo con responsabilidad sobre asesoría jurídica y "
   "cumplimiento. Reporte al presidente, sede en Bilbao. ¿Te interesaría hablarlo en confianza?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Grant", "Enterprise AE | Spendwise Legal (e-billing & matter management)", "Boston",
  ("inm", "Outside counsel spend",
   "Hi Alex, most GCs I talk to can't say within 20% what they'll spend on outside counsel this year. Spendwise fixes that: e-billing, budgets "
   "and accruals in one place, live in six weeks. Open to a 20-minute demo next Tuesday?"),
  ("inm", "Re: Outside counsel spend", "Alex, bumping this up. I can also send a one-page ROI estimate if a call is too much."))
P("stranger_inmail_sales", "es", "Irene Cabrera", "Business Development | RedExpertos, red de expertos", "Madrid",
  ("inm", "Acceso a expertos para su asesoría jurídica",
   "Hola Alex, en RedExpertos ofrecemos a las asesorías jurídicas llamadas con exreguladores, exjueces y expertos sectoriales mediante una "
   "suscripción anual desde 18.000 €. Muy útil para litigios y due diligence. ¿Le envío la propuesta?"))
P("stranger_inmail_sales", "en", "Oliver Kunz", "Head of Sales DACH | Managed Legal Services", "Zürich",
  ("inm", "Vertragsprüfung zum Festpreis",
   "Guten Tag Alex, wir übernehmen die Prüfung von Standardverträgen (NDAs, Lieferverträge, AGB-Abweichungen) für Rechtsabteilungen zum "
   "Festpreis pro Vertrag, ab 89 €. Darf ich Ihnen ein Angebot für rund 500 Verträge im Jahr schicken?"),
  ("inm", "Re: Vertragsprüfung zum Festpreis", "Hallo Alex, ich wollte noch einmal nachhaken. Ab April hätten wir Kapazität frei."),
  nl="de")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Cornelia Haas", "Partnerin | M&A und Gesellschaftsrecht | Haas Winter Rechtsanwälte", "Frankfurt am Main",
  ("inv", "Hallo Alex, am 20. Februar laden wir zu unserem jährlichen Hauptversammlungs-Update ein: virtuelle HV, neue Aktionärsrechte, "
          "Erfahrungen aus der letzten Saison. Kostenlos, mit Fortbildungsbescheinigung nach § 15 FAO über 2,5 Stunden. Ich würde mich freuen, "
          "Sie dabei zu haben."),
  ("msg", "Danke, dass Sie dabei waren! Anbei die Folien und Ihre Fortbildungsbescheinigung. Die Checkliste zur Einberufung dürfen Sie gern "
          "intern weitergeben."),
  ("msg", "Hallo Alex, noch ein Anliegen: Wir würden uns sehr gern für das anstehende Carve-out Ihrer Antriebssparte bewerben und können ein "
          "Festpreisangebot für die Vertragsdokumentation machen. Hätten Sie nächste Woche 30 Minuten, damit wir Ihnen unser Team vorstellen?"))
P("good_turns_ugly", "fr", "Laurent Mercier", "Directeur juridique | Groupe industriel", "Grenoble",
  ("inv", "Bonjour Alex, question de confrère : comment avez-vous organisé la conformité sanctions chez vous, rattachée au juridique ou à la "
          "compliance ? Nous sortons d'un audit interne un peu sévère sur le sujet."),
  ("msg", "Merci beaucoup pour cet échange, très éclairant. Comme promis, je vous joins notre matrice de screening des contreparties, "
          "reprenez-la librement."),
  ("msg", "Bonjour Alex, une nouvelle : j'ai quitté mon poste pour cofonder un cabinet de conseil en conformité sanctions. Nous auditons les "
          "programmes de screening des groupes industriels. Vu notre échange, je pense que nous pourrions vous être très utiles. Puis-je vous "
          "envoyer une proposition ?"))
P("good_turns_ugly", "it", "Valentina Russo", "Organizzatrice | In-house Legal Breakfast Milano", "Milano",
  ("inv", "Ciao Alex, ogni mese organizzo a Milano una colazione gratuita tra giuristi d'impresa (15-20 persone, niente sponsor). Il prossimo "
          "tema è la responsabilità degli amministratori e le polizze D&O. Ti andrebbe di venire?"),
  ("msg", "Grazie per essere passato/a stamattina, bella discussione! Ti giro il riassunto e gli estremi della sentenza di cui parlavamo."),
  ("end",),
  ("msg", "Ciao Alex, ti ho appena confermato per {skill}. Mi faresti la cortesia di confermarmi per Diritto societario? Sto cercando un nuovo "
          "ruolo e le conferme aiutano."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Kevin O'Neill", "Sales Director EMEA | Contractly CLM", "Dublin",
  ("inm", "Contract chaos?",
   "Hi Alex, large industrial groups typically can't find 30-40% of their contracts when they need them. Contractly is a CLM built for exactly "
   "that. 20 minutes for a demo this week?"),
  ("inv", "Hi Alex, really liked your comments at the AIGI conference on legal ops maturity. Would be great to connect and stay in touch."),
  ("rem",),
  nl="en")
P("reinvite_known_bad", "fr", "Aurélie Masson", "Juriste | Legal Ops", "Toulouse",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, je vous ai entendu au congrès de l'AFJE sur la place du juriste dans les comités d'investissement, c'était passionnant. "
          "Je serais ravie d'échanger avec vous."))
P("reinvite_known_bad", "de", "Stefan Ludwig", "Business Development | JuraPersonal, Juristen auf Zeit", "Köln",
  ("inv", "Hallo Alex, brauchen Sie kurzfristig Volljuristen für Projekte? Wir stellen innerhalb von 72 Stunden qualifizierte Juristen, auch "
          "remote. Darf ich Ihnen unsere Konditionen schicken?"),
  ("inv", "Hallo Alex, am 14. Mai gibt es bei uns einen Abend zum Thema Legal Tech in der Rechtsabteilung. Kostenlos, mit Snacks und gutem "
          "Austausch. Sind Sie dabei?"),
  ("rem",))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Gianluca Moretti", "Consulente | Modelli 231 e OdV", "Verona",
  ("inv", "Buongiorno Alex, mi occupo di modelli organizzativi 231 e di incarichi come membro esterno dell'OdV. Potremmo sentirci per valutare "
          "una collaborazione?"),
  ("inm", "Nessuna risposta",
   "Alex, vedo che non ha ritenuto di rispondere. Peccato, ma non mi sorprende: i giuristi d'impresa che fanno carriera dimenticano in fretta "
   "da dove vengono. Buon lavoro, se così si può chiamare."),
  ("inv", "Buongiorno Alex, ripartiamo da zero? Organizzo un webinar gratuito sulle novità 231, con crediti formativi. Mi farebbe piacere "
          "averla tra i contatti."))
P("reinvite_known_ugly", "de", "Dirk Engel", "Projektleiter | Rechtsabteilungs-Benchmark DACH", "Hamburg",
  ("inm", "Benchmark Rechtsabteilungen 2026 - Ihre Teilnahme?",
   "Guten Tag Alex, wir erstellen den Benchmark 'Rechtsabteilungen DACH 2026' zu Budget, Personal und externen Kosten. Teilnehmende Unternehmen "
   "erhalten die vollständige Studie kostenlos. Dürfen wir Sie einbeziehen?"),
  ("inm", "Ihre Benchmark-Auswertung - und ein Vorschlag",
   "Vielen Dank für Ihre Teilnahme! Die Auswertung zeigt deutliches Potenzial bei Ihren Kanzleikosten. Unsere Beratung stellt Ihr Kanzleipanel "
   "neu auf und verhandelt die Honorare, vergütet erfolgsabhängig mit 25 % der Einsparung. Wann können wir das besprechen?"),
  ("inv", "Hallo Alex, ich würde mich gern mit Ihnen vernetzen, um mich zu Themen rund um Legal Operations auszutauschen."))
P("reinvite_known_ugly", "es", "Sergio Domínguez", "CEO | LegalTech Iberia, gestión de poderes y sociedades", "Valencia",
  ("inv", "Hola Alex, me gustaría enseñarte nuestra herramienta para gestionar poderes, consejos y libros societarios de todo el grupo. ¿Hablamos?"),
  ("rem",),
  ("inm", "Sin comentarios",
   "Alex, una invitación, un recordatorio y ni una palabra. Tranquilo/a, ya me ha quedado claro el nivel. Luego los directores jurídicos se "
   "quejan de que nadie valora su trabajo. Con esa actitud, normal."),
  ("inv", "Hola Alex, coincidimos en el congreso de la Asociación Española de Abogados de Empresa. Me encantaría conectar."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Johannes Berger", "Partner | Prozessführung & Schiedsverfahren | Berger Falk", "Düsseldorf",
  ("acc",),
  ("msg", "Vielen Dank für die Kontaktanfrage, Alex. Wenn ich darf: Wir vertreten mehrere Industrieunternehmen in Post-M&A-Schiedsverfahren "
          "und würden Ihnen unser Team gern bei einem Mittagessen vorstellen. Mein Sekretariat schlägt Ihnen gern Termine vor."))
P("user_invited_pitch_once", "fr", "Camille Texier", "Ventes | Juridix, revue de contrats par IA", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Puisque nous sommes connectés : Juridix analyse vos contrats fournisseurs et signale les clauses à "
          "risque en quelques secondes. Une démo de 20 minutes vous tenterait ?"))
P("user_invited_pitch_once", "it", "Francesca Moro", "Titolare | Moro Translations, traduzioni legali", "Trieste",
  ("acc",),
  ("msg", "Grazie per la richiesta di collegamento! Colgo l'occasione: traduciamo contratti e atti societari in 12 lingue, anche con "
          "asseverazione in tribunale. Le mando il listino 2026?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Oliver Beaumont", "Head of Sponsorship | Legal Leaders Forum Europe", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! I'll be straight with you: we're looking for a headline sponsor for the Legal Leaders Forum in Brussels. "
          "Great way to position your group as an employer of choice for legal talent. Can I send the packages?"),
  ("msg", "Hi Alex, just checking you saw my last note. The headline package is open until the end of the month, and I can add two extra "
          "delegate passes."))
P("user_invited_pitch_twice", "de", "Julia Seidl", "Sales Managerin | Billvera, Kanzleirechnungsprüfung (E-Billing)", "Wien",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Ganz offen: Ich bin im Vertrieb bei Billvera. Wir prüfen Kanzleirechnungen automatisch gegen "
          "Ihre Abrechnungsrichtlinien. Hätten Sie Lust auf eine kurze Demo?"),
  ("msg", "Hallo Alex, ich hake wegen der Demo nochmal nach. Für Konzerne mit mehr als 20 Kanzleien haben wir gerade ein Einführungsangebot."))
P("user_invited_pitch_twice", "it", "Davide Ferri", "Responsabile commerciale | LegalPool, avvocati on demand", "Padova",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento. LegalPool fornisce avvocati in-house a tempo per sostituzioni di maternità, picchi di lavoro e "
          "progetti M&A. Ti posso mandare qualche profilo?"),
  ("msg", "Ciao Alex, si è appena liberata un'avvocata senior in antitrust e compliance, disponibile da subito. Ti interessa il CV?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Isabelle Fontaine", "Associée | Droit de la concurrence | Fontaine & Roux", "Bruxelles",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Suite à notre discussion au colloque, voici notre alerte client sur les nouvelles lignes directrices "
          "relatives aux accords horizontaux, avec un tableau pratique sur les échanges d'informations entre concurrents. Libre de diffusion "
          "dans votre équipe."))
P("user_invited_value", "es", "Elena Vázquez", "Directora de Cumplimiento | grupo industrial cotizado", "Bilbao",
  ("acc",),
  ("msg", "Hola Alex, gracias por conectar. Como te dije, te paso el procedimiento que usamos para el canal de denuncias en las filiales de "
          "Latinoamérica (Ley 2/2023 aquí y sus equivalentes allí). Si te sirve, genial; y si lo mejoras, cuéntame."))
P("user_invited_value", "de", "Martin Kraus", "Vorsitzender | Arbeitskreis Syndikusrechtsanwälte im Kölner Anwaltverein", "Köln",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung. Unser nächster Arbeitskreis ist am 9. Oktober bei Rheinwerk in Köln, Thema Sanktions-Compliance "
          "in der Lieferkette. Teilnahme kostenlos, Fortbildungsbescheinigung gibt es. Ich setze Sie gern auf die Liste."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Roberto Fabbri", "General Counsel | gruppo farmaceutico", "Milano", ("acc",))
P("acceptance_only", "fr", "Pascal Henry", "Secrétaire général | Industrie", "Strasbourg", ("acc",))
P("lone_endorsement", "de", "Petra Wolf", "Syndikusrechtsanwältin | Arbeitsrecht", "Nürnberg", ("end",))
P("lone_endorsement", "fr", "Yannick Morel", "Juriste corporate", "Rennes", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Katrin Vogel", "katrin.vogel@ostvard.example", "LkSG-Seminar bei Albers Reuter",
     "Hallo Alex,\n\ndie Einladung von Katharina Albers zum Lieferketten-Seminar kam bei mir auch über LinkedIn an. Sollen wir zusammen hingehen? "
     "Die FAO-Stunden kann ich gut gebrauchen.\n\nKatrin", "de"),
    ("Investor Relations", "ir@ostvard.example", "Q3 results: please share our LinkedIn post",
     "Dear colleagues,\n\nour Q3 results post is live on the company LinkedIn page. Please like and share it from your own profiles today.\n\nIR team", "en"),
    ("Anwaltverein Newsletter", "newsletter@anwaltverein.example.de", "Syndikus-Newsletter 03/2026",
     "Themen: Zulassung als Syndikusrechtsanwalt, HinSchG-Evaluation, Termine. Folgen Sie uns auch auf LinkedIn.", "de"),
    ("AFJE", "congres@afje.example.fr", "Votre inscription au congrès est confirmée",
     "Bonjour Alex,\n\nvotre inscription est confirmée. Partagez la nouvelle sur LinkedIn avec le visuel joint et le hashtag du congrès.", "fr"),
    ("Laura Bianchi", "laura.bianchi@ostvard.example", "Fwd: messaggio LinkedIn da un expert network",
     "Ciao Alex,\n\nmi è arrivato su LinkedIn un invito a una \"consulenza retribuita\" da un expert network su temi sanzioni. "
     "Per la nostra policy sulle informazioni privilegiate posso accettare? Ti inoltro il testo.\n\nLaura", "it"),
    ("Secretaría del Consejo", "secretaria.consejo@ostvard.example", "Nombramientos: texto para LinkedIn",
     "Hola Alex,\n\nte paso el borrador del anuncio de los nombramientos del consejo para LinkedIn. ¿Le das el visto bueno antes del viernes?", "es"),
    ("LawForce Staffing", "hello@lawforce.example", "Alex, contract lawyers available Monday",
     "Hi Alex,\n\nWe found you on LinkedIn. Our vetted contract lawyers (M&A, compliance, disputes) can start Monday from EUR 85/h. Reply YES for CVs.", "en"),
    ("Personalabteilung", "hr@ostvard.example", "Stellenanzeige Legal Counsel veröffentlicht",
     "Hallo Alex,\n\ndie Anzeige für die Stelle Legal Counsel Compliance ist jetzt auf LinkedIn und auf unserer Karriereseite online.", "de"),
    ("Traduzioni Express", "info@traduzioniexpress.example.it", "Abbiamo visto il suo profilo LinkedIn",
     "Gentile Alex,\n\nabbiamo visto il suo profilo LinkedIn: traduciamo bilanci e verbali in 24 ore. Le inviamo un preventivo?", "it"),
    ("Spendwise Legal", "noreply@spendwise.example", "Your monthly spend report is ready",
     "Your March outside-counsel report is ready. New: connect your LinkedIn to see which firms your peers use.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot eighteenth development corpus (dev18). Generated by scripts/make_corpus_dev18.py (seed {SEED}); do not edit by hand.",
          "# Alex as general counsel of a listed industrial group: legal-tech vendors, ALSPs and legal staffing, law-firm partners (pitches vs free "
          "seminars and client alerts), in-house peers, legal recruiters, bar associations, students, expert networks, conferences, translators. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev18", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
