#!/usr/bin/env python3
"""Write mailbot's thirtieth, independent development corpus: tests/corpus/dev30/*.eml + expected.toml.

The angle: the user Alex runs Morgan & Co, a six-person firm of chartered accountants and tax
advisers in Kilbrook, a country market town. Their LinkedIn world: local business owners and old
clients (referrals, thank-yous, the odd client who has gone into solar or print and pitches once),
the chamber of commerce and the local business breakfast, other small practitioners proposing
holiday cover, shared clients and referrals, retiring practitioners passing on clients, the
district society's free CPD evenings, software resellers and practice-management SaaS,
lead generation and marketing for accountants, offshore bookkeeping, professional indemnity
brokers, private-equity roll-ups and practice brokers who want to buy the firm (an acquisition
approach is a transaction, so it is labelled as a pitch), peer circles and free guides that turn
into a coaching fee or a valuation call, endorse-me-back from local bookkeepers and advisers, and
hostility from sellers who were ignored. The register is old-school and courteous: UK, Irish and
Australian English with long sign-offs, plus German, French, Spanish and Italian clients and
colleagues.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert titles,
some other-LinkedIn subjects, the headlines of spoof-only names and PYMK suggestions, and the
notes that spoofs carry are swapped for this world in this process only (make_corpus.py itself is
not changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev30.py              # writes tests/corpus/dev30
    python scripts/make_corpus_dev30.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260830

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the small-practice world (this process only)
SKILLS = {
    "en": ["Tax Advisory", "Small Business Accounting", "Self Assessment", "VAT", "Payroll", "Year End Accounts"],
    "de": ["Steuerberatung", "Buchhaltung", "Jahresabschluss", "Umsatzsteuer", "Lohnbuchhaltung"],
    "fr": ["Fiscalité", "Comptabilité", "Conseil aux TPE", "TVA", "Paie"],
    "es": ["Asesoría fiscal", "Contabilidad", "Pymes", "IVA", "Nóminas"],
    "it": ["Consulenza fiscale", "Contabilità", "Bilancio", "IVA", "Paghe"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Chartered Accountant & Tax Adviser | Principal, Morgan & Co, Kilbrook",
             "de": "Chartered Accountant & Steuerberater | Inhaber, Morgan & Co, Kilbrook",
             "fr": "Expert-comptable et conseiller fiscal | Associé gérant, Morgan & Co, Kilbrook",
             "es": "Contable colegiado y asesor fiscal | Socio director, Morgan & Co, Kilbrook",
             "it": "Commercialista e consulente fiscale | Titolare, Morgan & Co, Kilbrook"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Tax Manager – Private Clients", "Hartley Reeve LLP"), ("Practice Manager", "Brennan & Co Accountants"),
              ("Senior Accountant, Owner-Managed Businesses", "Dunmore Rees"), ("Steuerfachangestellte/r (m/w/d)", "Kanzlei Obermaier"),
              ("Audit Senior", "Whitlock Green")]
mc.COMPANIES["good"] = ["Kilbrook & District Chamber of Commerce", "Hartley Reeve LLP", "Brennan & Co", "Kilbrook Business Network",
                        "Dunmore Rees", "Severn Vale Farmers"]
mc.COMPANIES["sales"] = ["PracticeLoop", "FirmFiller", "Meridale Capital", "ContaNearshore", "Fenwick PII", "CPD Direct", "LedgerMind"]
mc.COMPANIES["pretext"] = ["The Small Practice Collective", "Ridgeline Accountancy Group", "LeadCompta"]
mc.HEADLINES["good"] = ["Partner at {co}", "Practice Manager | {co}", "Chartered Tax Adviser, {co}", "Farm business owner | {co}",
                        "AAT student | Trainee accountant", "Tax Senior at {co}"]
mc.HEADLINES["sales"] = ["Partnerships Manager | {co}", "Helping accountants grow | {co}", "Founder & CEO at {co}",
                         "Business Development, Accountancy Sector | {co}", "Account Executive at {co}"]
mc.HEADLINES["pretext"] = ["Founder | {co}", "Building a community of small-practice owners", "Connecting accountants | {co}"]
SPOOF_NOTE = {
    "en": ["Dear {first}, a client has shared their signed engagement letter and ID documents with you. Sign in to download before the link expires.",
           "Hi {first}, your agent authorisation request was returned. Log in to review the rejection and resubmit today.",
           "{first} – urgent: the invoice for your practice software renewal failed. Update your card details here to avoid losing client data."],
    "de": ["Hallo {first}, ein Mandant hat Ihnen seine Belege für den Jahresabschluss freigegeben. Bitte melden Sie sich an, um sie herunterzuladen.",
           "Sehr geehrter Herr Morgan, Ihre Rechnung ist überfällig. Bitte begleichen Sie den Betrag über den folgenden sicheren Link."],
    "fr": ["Bonjour {first}, un client vous a transmis sa liasse fiscale signée. Connectez-vous pour la télécharger avant expiration du lien.",
           "Bonjour, votre abonnement au logiciel de comptabilité n'a pas pu être renouvelé. Mettez à jour votre moyen de paiement ici."],
    "es": ["Hola {first}, un cliente te ha compartido sus facturas del trimestre. Inicia sesión para descargarlas antes de que caduque el enlace.",
           "Estimado Alex, su pago de la licencia del programa de contabilidad ha sido rechazado. Actualice sus datos en el enlace seguro."],
    "it": ["Buongiorno {first}, un cliente le ha condiviso le fatture del trimestre. Acceda per scaricarle prima che il link scada.",
           "Gentile dott. Morgan, il rinnovo della licenza del suo gestionale non è andato a buon fine. Aggiorni i dati di pagamento qui."],
}
# a spread of spoof methods for a dozen spoofs (the full list is cycled in order)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "dkimfail", "display:gmail.com", "nodkim", "lookalike:xn--lnkedin-rfb.com",
                       "untrusted:mx.google.com", "buried", "display:outlook.com", "wrongpass", "lookalike:linkedin.com.secure-notify.example",
                       "noauth", "untrusted:mx.example.net.relay-gw.example"]
for _l, _n in SPOOF_NOTE.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.OTHER["en"].update(
    job=("{n} new jobs for \"tax manager\"", "Your job alert for tax manager in {city}", "View job"),
    news=("Are small accountancy firms running out of trainees?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Small Practice Accountants UK & Ireland", "Here are the top conversations in your group this week"),
    newsletter=("The Sole Practitioner: surviving January", "New edition of a newsletter you subscribed to"))
mc.OTHER["de"].update(
    job=("{n} neue Jobs für „Steuerberater“", "Ihr Jobalarm für Steuerberater in {city}", "Job anzeigen"),
    group=("Top-Unterhaltungen in Steuerberater & Kanzleiinhaber", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"))
mc.OTHER["fr"].update(
    job=("{n} nouvelles offres pour « expert-comptable »", "Votre alerte emploi pour expert-comptable à {city}", "Voir l'offre"),
    group=("Meilleures discussions dans Experts-comptables indépendants", "Voici les meilleures discussions de votre groupe cette semaine"))
mc.OTHER["es"].update(
    job=("{n} empleos nuevos de «asesor fiscal»", "Tu alerta de empleo de asesor fiscal en {city}", "Ver empleo"),
    group=("Conversaciones destacadas en Asesores fiscales y despachos", "Estas son las conversaciones más destacadas de tu grupo"))
mc.OTHER["it"].update(
    job=("{n} nuove offerte per «commercialista»", "Il tuo avviso di lavoro per commercialista a {city}", "Visualizza offerta"),
    group=("Conversazioni principali in Commercialisti e studi professionali", "Ecco le conversazioni principali del tuo gruppo questa settimana"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Siobhán Kearney", "Chief Executive, Kilbrook & District Chamber of Commerce", "Kilbrook",
  ("inv", "Alex, thanks for renewing with the Chamber. We're holding a free members' breakfast on Making Tax Digital at the Royal Oak on 14 March - "
          "would you say a few words on what sole traders should do first? Bacon rolls on us. Kind regards, Siobhán"),
  ("rem",))
P("good_invitation", "en", "Graham Pettigrew", "Sole practitioner at Pettigrew Accountancy, Hexham", "Hexham",
  ("inv", "Morning Alex. Fellow (nearly) one-man band two valleys over. My locum has let me down for August - would you be open to reciprocal "
          "holiday cover? I mind your urgent queries while you're away and you mine. No fees either way. Regards, Graham"))
P("good_invitation", "en", "Bronwyn Tully", "CPA | Director, Tully & Associates, Bendigo", "Bendigo, Victoria",
  ("inv", "G'day Alex, I do the Hendersons' tax here in Bendigo. Their son Callum moves to your patch in June and has named you as his accountant. "
          "Could I run two residency points past you so nothing falls through the cracks? Cheers, Bronwyn"),
  ("rem",))
P("good_invitation", "de", "Klaus Oberhuber", "Geschäftsführer | Oberhuber Holzbau Ltd", "Kilbrook",
  ("inv", "Guten Tag Herr Morgan, wir haben die alte Sägemühle an der Kilbrook Road übernommen und suchen einen Steuerberater vor Ort, "
          "der auch mit unserer Muttergesellschaft in Bayern zurechtkommt. Herr Doyle von der Bank hat Sie empfohlen. Wann hätten Sie Zeit?"))
P("good_invitation", "fr", "Sandrine Poulain", "Expert-comptable | Cabinet Poulain, Vire (Calvados)", "Vire",
  ("inv", "Bonjour Alex, je suis expert-comptable à Vire, ville jumelée avec Kilbrook. Le comité de jumelage réunit en mai les professionnels "
          "des deux villes : j'aimerais y animer avec vous un échange sur nos métiers. Rien à vendre, promis ! Bien cordialement"),
  ("rem",))
P("good_invitation", "en", "Declan Furlong", "Tax Manager | CPD convenor, Midlands District Society of Chartered Accountants", "Athlone",
  ("inv", "Hi Alex, our autumn technical update is on 9 Oct at the Hodson Bay - Finance Act, CGT retirement relief, the works. "
          "Free to members and good for 3 hours' structured CPD. I'd be delighted if you joined us. Mise le meas, Declan"))
P("good_invitation", "en", "Lorenzo Pellegrini", "Dottore Commercialista | Studio Pellegrini, Lucca", "Lucca",
  ("inv", "Buongiorno dott. Morgan, un mio cliente, produttore di olio, apre una piccola società a Kilbrook per vendere nel Regno Unito. "
          "Gli ho parlato di lei e vorrei presentarvi: le andrebbe una breve call a tre? Cordiali saluti, Lorenzo Pellegrini"),
  ("rem",), nl="it")
P("good_invitation", "es", "Nerea Aldaz", "Estudiante de ADE | Erasmus en la University of Gloucestershire", "Cheltenham",
  ("inv", "Hola Alex, soy estudiante de Erasmus y busco prácticas este verano en un despacho pequeño para aprender fiscalidad de autónomos. "
          "Podría echar una mano en la temporada alta. ¿Aceptáis becarios? Te paso mi CV si quieres. ¡Mil gracias!"))


# =============================================================== default_invitation
P("default_invitation", "en", "Wayne Prothero", "Director at Prothero Plant Hire Ltd", "Kilbrook", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kylie Hanrahan", "Practice Growth Consultant | Helping accountants scale", "Brisbane", ("inv", NONOTE))
P("default_invitation", "de", "Hans-Peter Lutz", "Inhaber | Lutz Immobilien", "Freiburg im Breisgau", ("inv", DEFAULT))
P("default_invitation", "it", "Rosaria Vitale", "Titolare presso Pizzeria Da Rosaria", "Kilbrook", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jared Whitlam", "Partnerships | PracticeLoop - practice management for accounting firms", "Sydney",
  ("inv", "Hi Alex, looks like Morgan & Co still runs workflow on desktop software. PracticeLoop gives small firms client portals, e-signatures "
          "and automatic chasers in one place - firms your size save 6 hrs a week. Open to a 20-min demo?"))
P("sales_invitation", "en", "Ciarán Mulvey", "Founder | FirmFiller - appointments for accountants", "Cork",
  ("inv", "Alex - we book qualified SME owners straight into accountants' diaries. 8-12 sit-downs a month, pay per appointment, no retainer. "
          "Two firms in your county already use us. Worth a quick chat?"),
  ("rem",))
P("sales_invitation", "en", "Rupert Ashcombe", "Principal | Meridale Capital - accountancy practice acquisitions", "London",
  ("inv", "Dear Alex, Meridale backs a growing group of regional accountancy firms and we are keen to speak with owners thinking about succession. "
          "We'd welcome a confidential conversation about what Morgan & Co could be worth to us. Kind regards, Rupert"))
P("sales_invitation", "es", "Iván Cordero", "Director comercial | ContaNearshore - externalización contable", "Valencia",
  ("inv", "Hola Alex: ayudamos a despachos del Reino Unido a externalizar contabilidad y nóminas a nuestro equipo en Valencia, con un ahorro "
          "de hasta el 50 %. Trabajamos con Xero y Sage. ¿Te envío tarifas y buscamos un hueco para una llamada?"))
P("sales_invitation", "fr", "Mathilde Rocher", "Fondatrice | Chiffres & Clics - marketing digital pour cabinets comptables", "Nantes",
  ("inv", "Bonjour Alex, nous créons sites et campagnes Google pour les cabinets d'expertise comptable ; nos clients gagnent en moyenne "
          "15 dossiers par an. Je vous propose un audit offert de votre site, puis une présentation de nos formules ?"),
  ("rem",))
P("sales_invitation", "en", "Nigel Cresswell", "Business Development | Fenwick Professional Indemnity Brokers", "Leeds",
  ("inv", "Good afternoon Alex. PII renewal season is nearly upon us and we are regularly beating incumbent premiums for small practices "
          "by 15-20%. May I prepare an indicative quotation for you? Best wishes, Nigel"))
P("sales_invitation", "en", "Amanda Pryce", "Sales Manager | CPD Direct", "Reading",
  ("inv", "Hi Alex, is your CPD record in order for this year? Our annual pass gives unlimited on-demand courses for £395 + VAT, "
          "with a team rate for firms of six. Happy to set you up with a trial login and talk pricing."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Lachlan Doherty", "Founder | The Small Practice Collective", "Perth, Western Australia",
  ("inv", "Hey Alex, I run a peer circle of small-practice owners - a dozen of us across the UK, Ireland and Oz, one video call a month "
          "to compare fees, staffing headaches and the lot. Would love you in it. Cheers, Lachlan"),
  ("msg", "Great to have you aboard, Alex! Quick heads-up before the next call: circle members move across to our Practice Accelerator - "
          "12 months of coaching, templates and the pricing toolkit for £4,800 + VAT (or 12 x £420). Shall I pop the agreement over "
          "so you're in for the March intake?", (2, 8)),
  ("msg", "Hi Alex, just circling back - the March intake is nearly full. Would a quick call help to go through the payment options?", (7, 20)))
P("bait_and_switch_invitation", "en", "Helen Ormsby", "ACA | Owner, Ormsby Bookkeeping Solutions", "Shrewsbury",
  ("inv", "Hello Alex, fellow practitioner here, getting to grips with MTD for Income Tax. I'd value swapping notes with someone who has "
          "plenty of landlord clients - how are you planning to handle the quarterly updates? Warm regards, Helen"),
  ("msg", "Lovely to connect, Alex. Since quarterly updates are such a burden, I should mention that my team takes that whole workload off "
          "practices like yours - we file the quarterly submissions under your branding for £18 per client per quarter. "
          "Could we book half an hour to go through it?"))
P("bait_and_switch_invitation", "en", "Hamish Galbraith", "Partner Development | Ridgeline Accountancy Group", "Edinburgh",
  ("inv", "Alex, we've put together a free guide, 'What is my practice worth?', with the multiples small firms actually achieved over "
          "the last two years. Happy to send you a copy - no strings. All best, Hamish"),
  ("msg", "Hope the guide was of use, Alex. To be straightforward with you: Ridgeline is acquiring practices in your region this year "
          "and Morgan & Co is exactly what we look for. Could we arrange a valuation call next week? Our offers are typically "
          "1.1-1.3x fees with a two-year earn-out.", (3, 10)))
P("bait_and_switch_invitation", "en", "Aoife Brannigan", "New to Kilbrook | Chamber member", "Kilbrook",
  ("inv", "Hi Alex! We've just moved to Kilbrook from Galway and I've joined the Chamber to get to know the local business community. "
          "Would be great to connect, and maybe grab a coffee at the Market Café some morning?"),
  ("msg", "Thanks for connecting, Alex! So, what I actually do: I'm a business energy broker, and offices like yours overpay on electricity "
          "by 20-30%. Send me a recent bill and I'll have three quotes back to you by Friday - plus a referral fee for any of your "
          "clients who switch.", (2, 12)))
P("bait_and_switch_invitation", "de", "Dr. Jens Wolter", "Berater | Netzwerk deutschsprachiger Steuerexperten im UK", "Reading",
  ("inv", "Hallo Herr Morgan, ich baue einen kleinen Kreis deutschsprachiger Steuerberater und Accountants in England auf - Austausch zu "
          "deutsch-britischen Mandaten, Doppelbesteuerung und Co. Hätten Sie Lust, dabei zu sein?"),
  ("msg", "Vielen Dank für die Vernetzung! Ich möchte Ihnen noch unsere Software „KanzleiBridge“ vorstellen, die DATEV-Exporte direkt in "
          "britische Buchhaltungssysteme überführt. Mitglieder des Kreises erhalten 20 % Rabatt auf die Jahreslizenz. "
          "Wann passt Ihnen eine 30-minütige Präsentation?", (3, 9)),
  ("msg", "Herr Morgan, kurze Erinnerung: Das Mitgliederangebot gilt nur noch bis Monatsende. Soll ich es Ihnen schriftlich zusenden?", (10, 25)))
P("bait_and_switch_invitation", "fr", "Olivier Dumont", "Animateur | Club des experts-comptables francophones du Royaume-Uni", "London",
  ("inv", "Bonjour Alex, nous sommes une vingtaine d'experts-comptables francophones installés au Royaume-Uni et nous déjeunons ensemble "
          "une fois par trimestre pour échanger. Votre profil m'a fait penser à vous. Au plaisir !"),
  ("msg", "Merci pour l'ajout Alex. Je m'occupe aussi du développement chez LeadCompta : nous fournissons aux cabinets des contacts qualifiés "
          "de dirigeants français installés au Royaume-Uni, 35 £ le contact. Puis-je vous envoyer un échantillon de 10 fiches avec nos conditions ?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Priya Raman", "Research Lead | Small Practice Benchmark", "Manchester",
  ("inm", "Small Practice Benchmark 2025", "Hi Alex, we're surveying 400 small UK accountancy firms on fees, staffing and technology for this "
          "year's Small Practice Benchmark. Would you spare six minutes to take part? Every participant receives the full report free, "
          "with a personal comparison against firms of the same size. Thank you! Priya"),
  ("inm", "Your benchmark results", "Hi Alex, thanks again for taking part. Your comparison shows fees per client about 22% below firms your size. "
          "That is exactly what our pricing consultancy fixes: the Value Pricing Programme is £2,950 and most firms recoup it within a quarter. "
          "Could I book you in for a 30-minute consultation with one of our partners?", (5, 14)))
P("bait_and_switch_inmail", "es", "Gonzalo Ferrán", "Asesor fiscal | Madrid", "Madrid",
  ("inm", "Duda entre colegas: residencia fiscal", "Hola Alex, soy asesor fiscal en Madrid. Un cliente mío se ha mudado a tu zona y me surge "
          "una duda sobre la residencia en el año del traslado (el famoso split year). ¿Podría hacerte un par de preguntas? Te lo agradecería mucho."),
  ("inm", "Una propuesta", "Gracias por tu respuesta tan amable, Alex. Aprovecho para contarte que dirijo también CorreTax, una plataforma de "
          "presentación del modelo 210 para no residentes. A los despachos británicos les ofrecemos un acuerdo de marca blanca a 45 € por "
          "declaración. ¿Te envío la propuesta y lo vemos en una llamada?", (4, 12)))
P("bait_and_switch_inmail", "it", "Federico Sartori", "Organizzatore | Tavola rotonda commercialisti Italia-UK", "Milano",
  ("inm", "Invito tavola rotonda", "Gentile dott. Morgan, organizziamo una tavola rotonda online gratuita sulla fiscalità degli italiani "
          "residenti nel Regno Unito, con colleghi dei due paesi. Sarebbe un piacere averla tra i relatori. Cordiali saluti, Federico Sartori"),
  ("inm", "Tavola rotonda - dettagli", "Gentile dott. Morgan, grazie per l'interesse. Per intervenire come relatore è prevista una quota di "
          "sponsorizzazione di 650 €, che comprende il logo del suo studio sui materiali e l'elenco dei partecipanti per la sua attività "
          "commerciale. Le invio il modulo di adesione?", (5, 15)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Tracey Bannister", "Bookkeeper | AAT | Bannister Books, Kilbrook", "Kilbrook",
  ("end",), ("end",),
  ("msg", "Hiya Alex, hope you and the team are keeping well! I've endorsed you for {skill} and a couple of others - well deserved. "
          "Would you mind doing the same for me for Bookkeeping and Payroll? Trying to build my profile up a bit since going out on my own. "
          "Thanks a million, Tracey x"))
P("endorse_me_back", "de", "Uwe Brandstetter", "Buchhalter | auf Stellensuche", "Gloucester",
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Wären Sie so nett, mich im Gegenzug für Lohnbuchhaltung und DATEV zu bestätigen? "
          "Das würde mir bei der Jobsuche wirklich helfen. Besten Dank und schöne Grüße, Uwe"))
P("endorse_me_back", "en", "Colm Tierney", "Financial Adviser | QFA | Tierney Financial", "Mullingar",
  ("end",), ("end",),
  ("msg", "Alex, a chara - I threw a couple of endorsements your way there, hope you don't mind. If you'd return the favour on Pensions "
          "and Financial Planning I'd be very grateful, it all helps with the algorithm! Sláinte, Colm"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Darren Stubbs", "Founder | ClientSurge - growth for accountancy firms", "Birmingham",
  ("inv", "Alex, most small practices lose 3-4 clients a year to cheap online firms. We've built a system that stops that and adds 20 new ones. 15 mins this week?"),
  ("rem",),
  ("inm", "Manners", "Third attempt, Alex. I've been polite, I've been patient, and you can't manage a one-line 'no thanks'? For someone who "
          "calls himself a trusted adviser that is shocking manners. Don't be surprised when your clients go somewhere that bothers to answer."))
P("hostility_after_decline", "en", "Shane Pagett", "Bookkeeper | BAS Agent | Toowoomba", "Toowoomba, Queensland",
  ("inv", "Hi Alex, bookkeeper in Queensland here. I've got a few clients with rental properties in the UK and I'm after a UK accountant to refer them to. Keen to connect."),
  ("inm", "Righto", "Mate, I offered to send you work and you couldn't even click accept? Three weeks. No worries, I'll find an accountant "
          "who actually wants clients. Bit up yourself, aren't you."))
P("hostility_after_decline", "de", "Rüdiger Falk", "Vertriebsleiter | ScanBeleg GmbH", "Hannover",
  ("inv", "Sehr geehrter Herr Morgan, mit ScanBeleg fotografieren Ihre Mandanten ihre Belege, und die Daten landen direkt in Ihrer Buchhaltung. "
          "Darf ich Ihnen das in einer kurzen Demo zeigen?"),
  ("inm", "Ihre Nichtbeantwortung", "Sehr geehrter Herr Morgan, ich habe Ihnen zweimal freundlich geschrieben und keinerlei Reaktion erhalten. "
          "Offen gesagt finde ich es respektlos, Anfragen einfach zu ignorieren. Ein kurzes „kein Interesse“ hätte genügt. "
          "Das sagt einiges über Ihren Umgang mit Menschen. Mit freundlichen Grüßen, R. Falk"))
P("hostility_after_decline", "it", "Massimo Ferretti", "Consulente | Finanza agevolata per PMI", "Bari",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Complimenti", "Buongiorno. Vedo che ha lasciato in sospeso la mia richiesta di collegamento per un mese intero. Complimenti per la "
          "cortesia, davvero. Poi non lamentatevi se la gente dice che i commercialisti sono arroganti. Saluti."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Giles Farrant", "Managing Director | Farrant Practice Sales - we sell accountancy practices", "Cheltenham",
  ("msg", "Alex, following our brief chat at the institute dinner - I have three buyers actively looking for practices of your size in the "
          "South West. If you're thinking of an exit in the next five years, let's get a valuation in the diary. Our fee is only payable on completion."),
  ("msg", "Alex, did you see my earlier note? One buyer is paying 1.2x recurring fees, in cash. These windows don't stay open for ever."),
  ("msg", "Frankly I'm astonished. I've put genuine opportunities in front of you and you can't extend me the courtesy of a reply. "
          "Your practice will be worth next to nothing in five years when software does the bookkeeping, and you'll remember this conversation. Good luck."))
P("hostility_connection", "fr", "Bertrand Vasseur", "Directeur commercial | NotaFrais - notes de frais pour TPE", "Lille",
  ("acc",),
  ("msg", "Merci d'avoir accepté, Alex. Comme évoqué au salon, notre solution de notes de frais s'intègre à Xero et coûte 6 € par utilisateur. "
          "Je vous propose une démonstration jeudi ?"),
  ("msg", "Je constate que vous m'avez répondu « pas intéressé » sans même regarder la démo. Franchement, c'est d'une condescendance rare. "
          "On voit bien que vous ne prenez pas les gens au sérieux. Bonne continuation."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Dominic Yeates", "Account Director | Practice software reseller", "Swindon",
  ("msg", "Hi Alex, just a nudge that your tax software licences renew on 1 April. We can move you to the cloud edition at last year's price "
          "if you sign before the end of February - saves you around £600. Want me to send the paperwork over?"),
  ("msg", "Alex, following up on the renewal offer. Also worth knowing: we're bundling the payroll module free for the first year. Shall I pencil in a call?"),
  ("msg", "Last chance on the locked pricing, Alex - the deal closes Friday. Just reply 'yes' and I'll send the order form."))
P("connection_only_pitches", "en", "Fraser McInnes", "R&D Tax Credit Specialist | InnoClaim", "Glasgow",
  ("msg", "Alex, do any of your clients do product development or process improvement? We handle R&D tax claims end to end and pay "
          "accountants 20% of our fee on every referral. Could be a nice revenue line for Morgan & Co - shall we have a chat?"),
  ("msg", "Hi Alex, following up on the referral partnership. I've attached our partner agreement - happy to walk you through it on a 15-minute call."))
P("connection_only_pitches", "en", "Sabrina Colombo", "Agente assicurativo | RC professionale", "London",
  ("msg", "Buongiorno Alex, mi occupo di polizze per professionisti che lavorano con clientela italiana nel Regno Unito. Posso proporle "
          "una copertura RC professionale e tutela legale a condizioni molto vantaggiose. Quando possiamo sentirci?"),
  ("msg", "Buongiorno, le riscrivo perché la promozione per gli studi sotto i 10 dipendenti scade a fine mese. Le preparo un preventivo senza impegno?"),
  nl="it")
P("connection_only_pitches", "de", "Tanja Reuter", "Vertrieb | DigiAkte Kanzleisoftware", "Köln",
  ("msg", "Hallo Alex, ich würde Ihnen gern unsere Lösung für digitale Mandantenakten vorstellen - DSGVO-konform, mit Mandantenportal, "
          "ab 89 € im Monat. Hätten Sie nächste Woche 20 Minuten für eine Online-Vorführung?"),
  ("msg", "Hallo Alex, kurze Nachfrage zu meiner letzten Nachricht: Aktuell gibt es drei Monate kostenlos bei Abschluss eines Jahresvertrags. Interesse?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Martin Coady", "Director | Coady Solar - renewable energy for homes and farms", "Kilbrook",
  ("msg", "Alex, long time no see! Hope the family are all well. You'll have heard I've gone into solar - panels and battery storage for "
          "farms and offices now. Your building on Church Street would be ideal. Can I call round and give you a price? Martin"))
P("single_pitch", "en", "Lisa Hartnett", "Owner | Hartnett Print & Design", "Kilbrook",
  ("msg", "Hi Alex, with tax return season coming, are you needing new letterheads, compliment slips or client folders? Chamber members get "
          "15% off all print this quarter. Drop me a line for a quote! Lisa"))
P("single_pitch", "es", "Rocío Valverde", "Gestora administrativa | Gestoría Valverde, Málaga", "Málaga",
  ("msg", "Hola Alex, trabajo en una gestoría de Málaga que lleva a muchos jubilados británicos de la Costa del Sol. A los despachos del "
          "Reino Unido les ofrecemos la declaración de no residentes a 90 € por cliente. ¿Quieres que te mande la tarifa completa?"))
P("single_pitch", "en", "Troy Mackenzie", "Co-founder | PayLedger - get paid faster", "Gold Coast",
  ("msg", "Hey Alex, quick one - still chasing client fees by invoice? Our app lets clients pay by direct debit straight from the engagement "
          "letter; accountants using it get paid three times faster. Fancy a quick demo? Cheers, Troy"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Margaret Ellery", "Retired Chartered Accountant (formerly Ellery & Sons)", "Kilbrook",
  ("msg", "Dear Alex, I hope this finds you well. As you may have heard, I am finally hanging up my calculator at Easter. I have some "
          "twenty small clients, mostly farmers and a few shopkeepers, whom I should very much like to see in safe hands, and I would be "
          "glad to recommend them to you. I want nothing in return; I would simply rather they went to someone local. Perhaps lunch at the "
          "Swan one day next week? With kind regards, Margaret Ellery"))
P("connection_brings_value", "en", "Sinéad Morrow", "Solicitor | Morrow & Keane, Kilbrook", "Kilbrook",
  ("msg", "Hi Alex, I've a client selling her family business who needs proper CGT advice before she signs the heads of terms, and I've "
          "suggested she speak to you. Are you OK with me passing on your details? She's lovely and very organised, you'll get on. Best, Sinéad"))
P("connection_brings_value", "en", "Franziska Aigner", "Inhaberin | Aigner Reisen Ltd", "Kilbrook",
  ("msg", "Lieber Alex, nochmals vielen Dank für Ihre Hilfe bei der Umstellung auf die britische Lohnabrechnung. Ich habe Sie meinem Schwager "
          "empfohlen, der im Herbst eine Filiale in Bath eröffnet - er meldet sich bei Ihnen. Und am 3. Oktober feiern wir zehn Jahre "
          "Aigner Reisen: Sie und Ihr ganzes Team sind herzlich eingeladen! Herzliche Grüße, Franziska"),
  nl="de")
P("connection_brings_value", "en", "Rachel Oduya", "Head of Professional Development | Severn District Society of Chartered Accountants", "Gloucester",
  ("end",),
  ("msg", "Hi Alex, the slides and recording from last week's Finance Act update are now on the members' page, and you can download your "
          "CPD certificate from the same place. We're also after a small-practice voice for the spring panel on succession - would you be "
          "willing? No preparation beyond turning up. Many thanks, Rachel"))
P("connection_brings_value", "it", "Paola Ferrante", "Dottoressa Commercialista | Studio Ferrante, Bergamo", "Bergamo",
  ("msg", "Buongiorno Alex, le mando in allegato il modello Redditi dell'anno scorso del nostro cliente comune, il signor Bellini, insieme "
          "alla certificazione dei redditi italiani: le serviranno per il credito d'imposta nella dichiarazione inglese. Se manca qualcosa "
          "mi scriva pure. Un caro saluto, Paola"))
P("connection_brings_value", "fr", "Élise Marchal", "Gérante | Boulangerie Marchal, Kilbrook", "Kilbrook",
  ("msg", "Bonjour Alex, merci encore pour votre patience avec mes déclarations de TVA cette année ! Je vous ai recommandé à une amie qui ouvre "
          "un salon de thé sur la place du marché, elle va vous appeler. Et pour toute l'équipe, une boîte de viennoiseries vous attend "
          "chaque vendredi de décembre. Amitiés, Élise"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Eleanor Whitby", "Democratic Services | Kilbrook District Council", "Kilbrook",
  ("inm", "Independent member - Audit & Governance Committee", "Dear Mr Morgan, the Council is recruiting an independent member for its "
          "Audit & Governance Committee: four evening meetings a year, with an allowance of £1,200. A qualified accountant with local "
          "knowledge would be ideal. The role pack is on our website and the closing date is 30 May; I'd be happy to talk it through. "
          "Yours sincerely, Eleanor Whitby"))
P("stranger_inmail_recruiter", "en", "Callum Reid", "Director | Redgrave Search - practice and tax appointments", "Bristol",
  ("inm", "Tax Partner - Cotswolds firm", "Hi Alex, I'm retained by a 40-person independent firm near Cirencester to find a Tax Partner to "
          "succeed their retiring senior partner. Equity route after two years, package £110-130k. Your owner-managed business background "
          "looks a strong match. Open to a confidential chat?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Oliver Kingsmill", "Investment Director | Northstone Partners", "London",
  ("inm", "Morgan & Co", "Dear Alex, Northstone is building the leading platform for owner-managed accountancy practices in the South West, "
          "backed by a £150m fund. We would like to explore an acquisition of Morgan & Co; full cash at completion is available for the right "
          "firm. Would you be open to an introductory call?"),
  ("inm", "Following up", "Alex, following up on my note. We have completed four deals in your county this year. A 30-minute call would "
          "let me share our indicative valuation range with you.", (7, 20)))
P("stranger_inmail_sales", "en", "Vikram Sethi", "Co-founder | LedgerMind - AI bookkeeping for practices", "London",
  ("inm", "Automate 80% of your bookkeeping", "Hi Alex, LedgerMind reconciles bank feeds and codes transactions with 97% accuracy - firms like "
          "yours free up a full-time bookkeeper. Can I show you a 15-minute demo this week?"))
P("stranger_inmail_sales", "es", "Lucía Barrena", "Directora | Iberia Talent Contable", "Bilbao",
  ("inm", "Contables cualificados desde España", "Buenos días Alex, somos una empresa de selección que coloca contables españoles con buen "
          "nivel de inglés en despachos británicos, con una tarifa fija de 3.500 £ por contratación. ¿Le preparo una selección de perfiles?"))
P("stranger_inmail_sales", "it", "Giorgio Mancuso", "Commerciale | PagheCloud", "Torino",
  ("inm", "Software paghe per studi", "Buongiorno, sviluppiamo un software paghe in cloud per studi professionali con dipendenti in Italia "
          "e all'estero. Le interessa una presentazione di mezz'ora con prova gratuita di 30 giorni?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Bernadette Quinlan", "Events Manager | Kilbrook Business Network", "Kilbrook",
  ("inv", "Hi Alex, I organise the Kilbrook Business Network breakfasts - first Thursday of the month, free, local owners and good coffee. "
          "Would you come along and take ten minutes of questions on the self-assessment deadline?"),
  ("msg", "Thanks so much for Thursday, Alex - the questions didn't stop! I've attached the attendee list (shared with everyone's permission) so "
          "you can follow up with anyone who wanted a proper chat. Next one is on the 3rd."),
  ("msg", "Hi Alex, different hat on - I also run BQ Virtual Assistants, and lots of small practices use us for admin overflow in January. "
          "£28 an hour, minimum 10 hours a month. Would you like a proposal before the busy season kicks off?"))
P("good_turns_ugly", "en", "Ewan Crosbie", "Chartered Accountant | Crosbie & Lyle, Dumfries", "Dumfries",
  ("inv", "Hi Alex - I'm a small practitioner in Dumfries, about your size. A few of us cover for each other's holidays and sick days on an "
          "informal basis. Would you like to be part of it? Happy to explain how it works."),
  ("msg", "Alex, here's the summer cover rota and the short letter we use between ourselves - no fees, we just log hours and return the favour. "
          "Shout if anything's unclear."),
  ("end",),
  ("msg", "Hi Alex, I've endorsed you for {skill}. Would you mind endorsing me back for Tax Planning and Audit? I'm standing for the district "
          "society council and it looks better with a few endorsements. Cheers, Ewan"))
P("good_turns_ugly", "de", "Matthias Kettler", "Geschäftsführer | Kettler Antriebstechnik UK Ltd", "Gloucester",
  ("inv", "Hallo Herr Morgan, wir veranstalten in Gloucester einen kostenlosen Abend „Zoll und Umsatzsteuer nach dem Brexit“ für kleine "
          "Firmen und suchen noch einen Referenten aus der Steuerpraxis. Hätten Sie Interesse?"),
  ("msg", "Vielen Dank für Ihren Vortrag, Herr Morgan - er kam sehr gut an. Anbei die Folien der anderen Referenten und die Teilnehmerliste."),
  ("msg", "Herr Morgan, noch etwas: Über unsere Schwesterfirma vertreiben wir Zeiterfassungssysteme für Büros. Für eine Kanzlei mit sechs "
          "Mitarbeitern hätte ich ein Angebot für 1.450 € inklusive Installation. Darf ich es Ihnen schicken?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Simon Trevelyan", "Head of Acquisitions | Crestline Practice Partners", "Exeter",
  ("inm", "Your practice", "Alex, Crestline is acquiring small accountancy practices across the South West and we pay competitive multiples "
          "with flexible handover periods. Would you have 20 minutes for an exploratory call?"),
  ("inv", "Hi Alex, hope you're keeping well. I'd like to stay in touch as a fellow professional - always glad to compare notes on the market."))
P("reinvite_known_bad", "fr", "Aurélien Brisset", "Commercial | FactuPro - facturation électronique", "Rennes",
  ("inv", "Bonjour Alex, nous proposons un logiciel de facturation électronique conforme pour les cabinets et leurs clients. Une démo de 20 minutes ?"),
  ("rem",),
  ("inv", "Bonjour Alex, je vois que nous avons plusieurs contacts en commun dans le Gloucestershire. Ce serait un plaisir d'échanger entre professionnels."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Craig Munday", "Practice Coach | Advisory Uplift", "Bournemouth",
  ("inv", "Alex, accountants who add advisory services double their fee per client. I coach small practices to do exactly that. Want to hear how?"),
  ("inm", "Really?", "Not even a reply? You accountants are all the same - hide behind your spreadsheets and wonder why the practice never grows. "
          "Enjoy your rut, Alex."),
  ("inv", "Hi Alex, new year, fresh start. I'd genuinely like to connect with professionals in the region, no agenda."))
P("reinvite_known_ugly", "it", "Ettore Gallucci", "Commercialista | Parma", "Parma",
  ("inm", "Una domanda da collega", "Buongiorno dott. Morgan, sono commercialista a Parma e ho un dubbio sulla tassazione di una pensione "
          "inglese per un cliente rientrato in Italia. Potrei farle una domanda veloce?"),
  ("inm", "Proposta di collaborazione", "La ringrazio della disponibilità. Già che ci siamo: la nostra società gestisce per gli studi del Regno "
          "Unito le dichiarazioni italiane dei loro clienti, a 180 € a pratica, con una provvigione del 10 % allo studio che ci segnala. "
          "Posso mandarle il contratto?", (4, 12)),
  ("inv", "Buongiorno, mi farebbe piacere collegarmi con lei per restare in contatto."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Ben Alderton", "Web designer | Alderton Digital, Kilbrook", "Kilbrook",
  ("acc",),
  ("msg", "Cheers for the add, Alex! Had a look at the Morgan & Co website - it's not mobile-friendly and Google is penalising it. I could rebuild "
          "it for £1,200 with a client upload portal thrown in. Fancy a coffee to talk it over?"))
P("user_invited_pitch_once", "en", "Jonty Ferris", "Independent Financial Adviser | Ferris Wealth", "Kilbrook",
  ("acc",),
  ("msg", "Thanks for connecting, Alex - Dad says hello! I've qualified as an independent financial adviser now. If any of your clients need "
          "pensions or investment advice I'd love to be your go-to, and I can offer them a free first review and a reduced fee. Could we grab "
          "a coffee and set up a referral arrangement?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Nadia Forsyth", "Partner Success | CloudPayroll", "Manchester",
  ("acc",),
  ("msg", "Thanks for connecting after the roadshow, Alex! As promised, here's our partner pricing: £1.10 per payslip, free for your first "
          "three months. Can I set up a trial account for Morgan & Co?"),
  ("msg", "Hi Alex, just checking in on the trial - there's an onboarding slot free on Tuesday. Shall I book it for you?"))
P("user_invited_pitch_twice", "es", "Marcos Olmedo", "Socio | Olmedo Asesores - fiscalidad de no residentes", "Alicante",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Como te comenté en Londres, llevamos la renta española de británicos con propiedades en España. "
          "Te propongo un acuerdo: tú nos pasas los clientes y nosotros te damos un 15 % de comisión. ¿Te mando el contrato?"),
  ("msg", "Hola Alex, ¿pudiste mirar la propuesta? Si te encaja, esta misma semana te doy de alta en el programa de partners."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Morag Lennox", "CTA | Tutor, trusts and estates", "Inverness",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. As I said at the conference, you're welcome to the case studies I use for the trusts module - attached, "
          "with answers. Use them with your trainees, no need to credit me. The tax faculty's next free webinar is on IHT reliefs on 12 June, by the way."))
P("user_invited_value", "en", "Kirsty Dunstan", "CA | Dunstan Accounting, Ballarat", "Ballarat, Victoria",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Lovely to meet you at the conference. As promised, here's the checklist we use for clients moving "
          "between Australia and the UK - residency tests, super, the lot. Happy to swap notes any time, and if an Aussie client ever needs "
          "someone local, send them my way."))
P("user_invited_value", "it", "Valeria Sorrentino", "Commercialista | Ordine di Napoli", "Napoli",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Come promesso le giro la guida gratuita dell'Ordine sugli obblighi dei residenti all'estero con "
          "immobili in Italia: utilissima per i suoi clienti italiani. Se le servisse un parere su un caso concreto, chieda pure."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Gareth Pryce-Jones", "Farm Business Consultant | Severn Vale Farmers", "Monmouth", ("acc",))
P("lone_endorsement", "en", "Janet Farrow", "Practice Manager | Morgan & Co", "Kilbrook", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Siobhán Kearney", "siobhan@kilbrookchamber.example.org", "MTD breakfast - would you speak?",
     "Hi Alex,\n\nI've sent you a LinkedIn request as well, but I know you're not on there much. Would you do ten minutes at the MTD breakfast on "
     "the 14th? Tea, bacon rolls and forty-odd sole traders.\n\nKind regards,\nSiobhán", "en"),
    ("Kate Lyle", "kate.lyle@morganandco.example.co.uk", "LinkedIn recommendation?",
     "Hi Alex,\n\nNow that I've passed my AAT level 4, would you be willing to write me a short recommendation on LinkedIn? "
     "No rush at all, after the January deadline is fine.\n\nThanks,\nKate", "en"),
    ("Tom Morgan", "tom@morganandco.example.co.uk", "Fwd: Invitation to connect on LinkedIn",
     "Alex,\n\nanother one of these came to me - Ridgeline again, 'free guide'. I've ignored it. Have you had one?\n\n"
     "---------- Forwarded message ----------\nFrom: Hamish Galbraith via LinkedIn <invitations@linkedin.com>\n"
     "Subject: I want to connect\n\nAlex, we've put together a free guide ...\n\nTom", "en"),
    ("PracticeLoop", "news@practiceloop.example.com", "Webinar: win back six hours a week",
     "Hi Alex,\n\nJoin our free webinar on Thursday to see how small firms automate client chasers. Follow us on LinkedIn for practice tips.\n\nThe PracticeLoop team", "en"),
    ("District Society CPD", "cpd@severn-society.example.org.uk", "Your CPD declaration is due",
     "Dear member,\n\nyour annual CPD declaration is due by 31 January. Details of free evening events are also posted in our LinkedIn group.", "en"),
    ("Klaus Oberhuber", "k.oberhuber@oberhuber-holzbau.example.de", "Termin Jahresabschluss",
     "Guten Tag Herr Morgan,\n\nvielen Dank für das nette Gespräch. Wie auf LinkedIn angekündigt, schicke ich Ihnen die Unterlagen unserer Muttergesellschaft "
     "bis Ende der Woche.\n\nMit freundlichen Grüßen\nKlaus Oberhuber", "de"),
    ("Comité de jumelage Vire-Kilbrook", "jumelage@vire.example.fr", "Rencontre des professionnels - programme",
     "Bonjour,\n\nveuillez trouver le programme de la rencontre du mois de mai. Sandrine Poulain vous a sans doute contacté sur LinkedIn.\n\nCordialement", "fr"),
    ("Gestoría Valverde", "info@gestoriavalverde.example.es", "Modelo 210 - tarifas 2025",
     "Estimado/a colega:\n\nle adjuntamos nuestras tarifas para la declaración de no residentes. Síganos en LinkedIn para novedades fiscales.", "es"),
    ("Paola Ferrante", "paola.ferrante@studioferrante.example.it", "Documenti sig. Bellini",
     "Buongiorno Alex,\n\ncome le scrivevo su LinkedIn, allego il modello Redditi e la certificazione del signor Bellini.\n\nUn caro saluto,\nPaola", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot thirtieth development corpus (dev30). Generated by scripts/make_corpus_dev30.py (seed {SEED}); do not edit by hand.",
          "# Alex as a small-practice accountant and tax adviser in a country town: clients, chamber, peers offering cover and referrals, CPD, "
          "software resellers, practice SaaS, lead generation, private-equity roll-ups. Same format as tests/corpus/dev."]


def _check_invitation_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters."""
    for person in PEOPLE:
        for step in person[-1]:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (person[2], len(step[1]))


if __name__ == "__main__":
    _check_invitation_notes()
    main(__doc__, "dev30", SEED, PEOPLE, FOREIGN, spoofs=12, other=11, header=HEADER)
