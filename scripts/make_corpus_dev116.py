#!/usr/bin/env python3
"""Write mailbot's hundred-and-sixteenth, independent development corpus: tests/corpus/dev116/*.eml + expected.toml.

The angle: the user Alex is the founding broker of a small real-estate agency on the Costa del
Sol (Marbella, Benahavís, Estepona, Málaga) that sells mostly to foreign buyers. Their LinkedIn
world: buyers from Britain, Ireland, Germany, Scandinavia, Italy and France asking for viewings;
owners who want their flat valued and listed; other agents along the coast and abroad who bring a
buyer and propose to split the commission; property portals, lead sellers, CRM vendors,
photographers, drone and virtual-staging studios, home stagers, removal firms, currency brokers,
expat wealth managers and mortgage brokers who want agents as introducers; lawyers, notaries,
surveyors, tax advisers and the town hall's planners who share guides and free sessions; the
agents' association and its free courses; developers hiring a head of sales; rude agents who take
silence badly; "agents' circles", buyer clubs, podcasts, magazines and free market reports that
turn into a fee once the door is open; endorse-me-back among negotiators and lawyers. Spanish
(Andalusian, casual and formal), British and Irish English, German, some Italian and French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the user's headline, job-alert titles, the
headlines of spoof-only names and PYMK suggestions, and the pitches that spoofs carry are swapped
for this world in this process only (make_corpus.py itself is not changed). Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the
notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev116.py              # writes tests/corpus/dev116
    python scripts/make_corpus_dev116.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260116

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ Costa del Sol property world (this process only)
SKILLS = {
    "en": ["Real Estate", "Luxury Real Estate", "Negotiation", "Property Marketing", "International Sales", "Customer Service"],
    "es": ["Sector inmobiliario", "Negociación", "Venta de inmuebles de lujo", "Marketing inmobiliario", "Atención al cliente"],
    "de": ["Immobilien", "Verhandlungsführung", "Luxusimmobilien", "Immobilienvermarktung", "Kundenbetreuung"],
    "fr": ["Immobilier", "Négociation", "Immobilier de prestige", "Marketing immobilier", "Relation client"],
    "it": ["Settore immobiliare", "Negoziazione", "Immobili di lusso", "Marketing immobiliare", "Assistenza clienti"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Founder & Broker at Alborán Estates | Prime homes in Marbella, Benahavís & Estepona",
    "es": "Fundador/a y bróker en Alborán Estates | Viviendas prime en Marbella, Benahavís y Estepona",
    "de": "Gründer/in & Makler/in bei Alborán Estates | Marbella, Benahavís & Estepona",
    "fr": "Fondateur/trice et agent immobilier chez Alborán Estates | Marbella, Benahavís, Estepona",
    "it": "Fondatore/trice e broker presso Alborán Estates | Marbella, Benahavís ed Estepona",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["en", "es", "en", "de", "es"]   # spoofs and other LinkedIn mail: mostly English and Spanish wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "display:outlook.com", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass", "noauth",
                       "untrusted:mx.example.org"]
mc.CITY["en"] = ["London", "Manchester", "Dublin", "Gibraltar", "Birmingham", "Edinburgh"]
mc.CITY["es"] = ["Marbella", "Málaga", "Estepona", "Fuengirola", "Benalmádena", "Sotogrande"]
mc.JOBS[:] = [("Senior Property Consultant", "Harrowgate Residences"), ("Head of International Sales", "Grupo Promotor Mediterráneo"),
              ("Agente inmobiliario/a – clientes internacionales", "Casabella Living"), ("Immobilienberater (m/w/d) Costa del Sol", "Engel-Haus Immobilien"),
              ("Sales Manager, Branded Residences", "Marlow Bay Developments"), ("Property Consultant (Scandinavian market)", "Nordsol Homes")]
mc.COMPANIES["good"] = ["Harrowgate Residences", "Casabella Living", "Grupo Promotor Mediterráneo", "Nordsol Homes", "Lafuente Abogados",
                        "COAPI Málaga", "Costa Surveys", "Savill & Roe"]
mc.COMPANIES["sales"] = ["VillaLeads", "InmoSuite CRM", "ListingBoost AI", "StageSmart", "Portal Casas del Sur", "SunCoast Removals",
                         "Stanbridge FX", "Penhaligon Wealth"]
mc.HEADLINES["good"] = ["Property Consultant at {co}", "Agente inmobiliaria | {co}", "Abogado inmobiliario | {co}", "Sales Director, {co}",
                        "Chartered Surveyor at {co}", "Asesora fiscal para no residentes", "Negotiator | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Partnerships Manager at {co}", "Founder @ {co}", "Helping estate agents win more listings | {co}",
                         "Business Development, {co}"]
SPOOF_PITCH = {
    "en": ["Hi Alex, the buyer's deposit for the villa is ready, but our bank details changed this week. Please log in to see the new payment instructions before the notary appointment.",
           "Alex, I've shared the signed reservation contract with you through LinkedIn Docs. Sign in with your email password to download it.",
           "Dear agent, your listings were reported for inaccurate prices. Verify your account within 24 hours to keep them visible."],
    "es": ["Hola Alex, te he enviado el contrato de arras firmado por el comprador. Inicia sesión para descargarlo antes de la cita en notaría.",
           "Estimado/a Alex: han cambiado los datos bancarios para la señal de la villa. Consulte las nuevas instrucciones en el enlace seguro."],
    "de": ["Hallo Alex, anbei der unterschriebene Reservierungsvertrag für die Villa. Bitte melden Sie sich an, um das Dokument zu öffnen.",
           "Guten Tag, die Bankverbindung für die Anzahlung hat sich geändert. Bitte bestätigen Sie die neuen Daten über den sicheren Link."],
    "fr": ["Bonjour Alex, je vous ai partagé le compromis signé par l'acquéreur. Connectez-vous pour le télécharger.",
           "Bonjour, les coordonnées bancaires pour l'acompte ont changé. Merci de consulter les nouvelles instructions via le lien sécurisé."],
    "it": ["Ciao Alex, ti ho condiviso la proposta d'acquisto firmata. Accedi per scaricarla prima dell'appuntamento dal notaio.",
           "Gentile Alex, sono cambiate le coordinate bancarie per la caparra. Controlli le nuove istruzioni tramite il link sicuro."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"en": ["Deposit transfer – updated details", "Signed reservation contract", "Listing verification required"],
                  "es": ["Contrato de arras firmado", "Nuevos datos bancarios – señal"],
                  "de": ["Reservierungsvertrag", "Neue Bankverbindung"],
                  "fr": ["Compromis signé", "Nouvelles coordonnées bancaires"],
                  "it": ["Proposta firmata", "Nuove coordinate bancarie"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
retitle_other({
    "en": {"job": ("{n} new jobs for \"property consultant\"", "Your job alert for property consultant in {city}"),
           "news": "Are foreign buyers still pushing up prices on Spain's coast?",
           "group": "Top conversations in Costa del Sol Property Professionals",
           "newsletter": "Costa Prime Notes: what the new holiday-let rules mean for buyers"},
    "es": {"job": ("{n} empleos nuevos de «agente inmobiliario»", "Tu alerta de empleo de agente inmobiliario en {city}"),
           "news": "¿Se enfría la compra de vivienda por extranjeros en la costa?",
           "group": "Conversaciones destacadas en Profesionales Inmobiliarios de Andalucía",
           "newsletter": "Apuntes de la Costa: lo que cambia con las viviendas turísticas"},
    "de": {"job": ("{n} neue Jobs für „Immobilienmakler“", "Ihr Jobalarm für Immobilienmakler in {city}"),
           "news": "Kaufen Deutsche noch Ferienimmobilien in Spanien?",
           "group": "Top-Unterhaltungen in Immobilien Spanien – Makler & Berater",
           "newsletter": "Sonnenküste kompakt: Grunderwerbsteuer und Nebenkosten in Andalusien"},
    "fr": {"job": ("{n} nouvelles offres pour « agent immobilier »", "Votre alerte emploi pour agent immobilier à {city}"),
           "news": "Les Français achètent-ils encore sur la Costa del Sol ?",
           "group": "Meilleures discussions dans Immobilier international – Espagne",
           "newsletter": "Carnet espagnol : acheter en Andalousie sans mauvaise surprise"},
    "it": {"job": ("{n} nuove offerte per «agente immobiliare»", "Il tuo avviso di lavoro per agente immobiliare a {city}"),
           "news": "Gli italiani continuano a comprare casa in Spagna?",
           "group": "Conversazioni principali in Agenti immobiliari Italia-Spagna",
           "newsletter": "Taccuino spagnolo: comprare casa in Andalusia passo per passo"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Fiona Hartigan", "Retired consultant anaesthetist | Planning the move to Spain", "Cheltenham",
  ("inv", "Hello Alex, my husband and I retire next spring and are after a 3-bed with a pool between Estepona and San Pedro, around €850k. "
          "Friends in Cancelada bought through you and can't stop singing your praises. Could we book some viewings when we're over in October?"),
  ("rem",))
P("good_invitation", "en", "Hartmut Kleineberg", "Geschäftsführer | Kleineberg Logistik GmbH", "Bielefeld",
  ("inv", "Guten Tag, meine Frau und ich suchen eine Wohnung in Marbella-Ost mit Meerblick, Budget bis ca. 1,1 Mio. €. Ihr Objekt in Los Monteros "
          "hat uns gut gefallen. Wären Besichtigungen Ende März möglich? Viele Grüße, H. Kleineberg"),
  nl="de")
P("good_invitation", "es", "Rocío Barranquero", "Agente inmobiliaria | Barranquero Homes, Nerja", "Nerja",
  ("inv", "Hola Alex! Tengo unos clientes noruegos buscando villa en Benahavís y la vuestra de La Quinta les encaja al 100%. "
          "¿Colaboramos con comisión compartida al 50%? Si conectamos te paso su ficha y las fechas en que pueden venir a verla."))
P("good_invitation", "en", "Ignacio Lafuente-Ríos", "Abogado | Socio en Lafuente Abogados – conveyancing & tax for non-residents", "Marbella",
  ("inv", "Alex, on 14 Nov we're holding a free breakfast session for agents at our Marbella office on non-resident tax, plusvalía and the 3% "
          "retention, with plenty of time for questions. No sales talk, just coffee and the small print. You and your team would be very welcome."),
  ("rem",))
P("good_invitation", "it", "Gianfranco Pellegatta", "Imprenditore | Pellegatta Tessuti S.r.l.", "Como",
  ("inv", "Buongiorno, io e mia moglie vorremmo vendere il nostro appartamento a Puerto Banús (2 camere, terrazzo, garage), ormai ci andiamo poco. "
          "Un amico ci ha fatto il suo nome: sarebbe disponibile a venire a valutarlo a novembre?"))
P("good_invitation", "en", "Siobhan Keaveney", "Property consultant | Fuengirola & Mijas", "Fuengirola",
  ("inv", "Hi Alex, quick one from a fellow agent further up the coast: is the Junta's freeze on new tourist licences hitting your investor "
          "buyers in Marbella yet? Two of mine are asking and I'd rather give them a straight answer. Happy to share what Mijas town hall told me."))
P("good_invitation", "es", "Maribel Cuenca Jurado", "Responsable de formación | Colegio de Agentes de la Propiedad Inmobiliaria de Málaga", "Málaga",
  ("inv", "Hola Alex, desde el Colegio organizamos un curso gratuito para agentes sobre la Ley de Vivienda y la normativa de viviendas turísticas en "
          "Andalucía, 6 horas con certificado. Nos encantaría que vinieras y, si te apetece, que contaras tu experiencia con compradores extranjeros."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "es", "Francisco Javier Moyano", "Asesor inmobiliario", "Málaga", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Gavin Threlfall", "Director | Threlfall Currency Partners", "Gibraltar", ("inv", NONOTE))
P("default_invitation", "de", "Sabrina Kötter", "Immobilienmaklerin | Costa del Sol & Mallorca", "Palma", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jamie Pollitt", "Founder @ VillaLeads | Seller leads for Costa del Sol agents", "Málaga",
  ("inv", "Hi Alex, we generate exclusive seller leads for Marbella agents through targeted Meta ads: 12-20 valuation requests a month and you "
          "only pay per lead (€45). Couple of territories left in Nueva Andalucía. Worth a 10-min chat?"))
P("sales_invitation", "es", "Curro Heredia", "Fotografía y vídeo con dron para inmobiliarias | Heredia Visual", "Estepona",
  ("inv", "Buenas Alex, hago reportaje de fotos, video con dron y tour virtual para villas, pack completo desde 390€ por propiedad y entrega en 48h. "
          "Cuando tengas una captacion nueva dimelo y te paso presupuesto sin compromiso"))
P("sales_invitation", "it", "Martina Zanchetta", "Home staging & interior design | Zanchetta Design Marbella", "Marbella",
  ("inv", "Buongiorno Alex! Con il nostro home staging le ville si vendono in media il 30% più in fretta. Abbiamo pacchetti per agenzie con arredi a "
          "noleggio. Le andrebbe un caffè per vedere il portfolio e il listino?"))
P("sales_invitation", "en", "Dominic Farrow", "Partner | Farrow Wealth – financial planning for expats in Spain", "Marbella",
  ("inv", "Alex, plenty of your British buyers will be juggling UK pensions, QROPS and Spanish tax residency. That's our bread and butter, and we pay "
          "agents a generous introducer fee. Coffee in Puerto Banús so I can explain how it works?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Stuart Pennock", "Founder | Golden Mile Agents' Circle", "Marbella",
  ("inv", "Alex, I'm pulling together a handful of independent agents on the Golden Mile to swap off-market stock and buyer wish lists over breakfast "
          "once a month. No franchise, nothing to sign up to, just people who actually close. Fancy being one of them?"),
  ("msg", "Good to have you aboard, Alex. Bit of admin before the first breakfast: the Circle runs on our platform, OffMarket Pro. Membership is "
          "£189 a month, first two months at half price. Shall I send the sign-up link?", (3, 10)),
  ("msg", "Alex, founding-member places close on Friday. I can hold one at the founding rate if you confirm today.", (5, 14)))
P("bait_and_switch_invitation", "es", "Verónica Alcaide", "Dinamizadora | Comunidad de Agentes Inmobiliarios de la Costa", "Sevilla",
  ("inv", "Hola Alex, estamos montando una comunidad de agentes de la Costa para compartir producto y compradores entre nosotros, ya somos 40 de "
          "Manilva a Nerja. ¿Te unes?"),
  ("msg", "¡Bienvenido/a! Te cuento cómo funciona: la comunidad va sobre InmoSuite, nuestro CRM, y para compartir fichas hace falta cuenta, 79 € al mes "
          "por agente. Te hago una demo esta semana, ¿martes o jueves?", (2, 8)))
P("bait_and_switch_invitation", "de", "Klaus-Dieter Hambrecht", "Stammtisch deutschsprachiger Immobilienprofis an der Costa del Sol", "Benalmádena",
  ("inv", "Hallo Alex, ich lade Makler, Anwälte und Gutachter, die mit deutschen Kunden arbeiten, zu unserem Stammtisch ein: einmal im Monat in "
          "Fuengirola, ganz zwanglos, Erfahrungsaustausch bei einem Bier. Würde gut passen!"),
  ("msg", "Schön, dass es geklappt hat! Nebenbei bin ich Versicherungsmakler: Für Ihre Käufer habe ich eine Police für Ferienimmobilien, und Sie "
          "bekommen als Tippgeber 15 % Provision. Wollen wir diese Woche telefonieren?", (6, 20)))
P("bait_and_switch_invitation", "en", "Harriet Colquhoun", "Market analyst | Costa del Sol resale data", "Málaga",
  ("inv", "Hi Alex, I put out a free quarterly report on prime resale prices from Sotogrande to Marbella East, built from notary data. Happy to send "
          "you the latest edition if it'd help with valuations."),
  ("msg", "Here's the Q3 summary as promised. The full dataset, with street-level comparables and automatic valuation reports, comes with our "
          "agency subscription at €149 a month. Want me to switch on a trial for your team?", (2, 9)))
P("bait_and_switch_invitation", "fr", "Thibaud Leroux-Mandel", "Fondateur | Club des acquéreurs français sur la Costa del Sol", "Toulouse",
  ("inv", "Bonjour Alex, j'anime un club de Français qui veulent acheter entre Marbella et Estepona. Nous organisons des visites groupées deux fois "
          "par an et je cherche quelques agents de confiance à recommander. Au plaisir d'échanger."),
  ("msg", "Merci pour la connexion ! Pour figurer parmi nos agents recommandés, la participation est de 1 200 € par saison, plus 1 % sur les ventes "
          "conclues avec nos membres. Je vous envoie le contrat ?", (7, 20)),
  ("msg", "Alex, je me permets de relancer : la prochaine visite groupée a lieu en avril et il me faut votre réponse cette semaine.", (6, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Roberto Scaglione", "Giornalista | Vivere in Spagna Magazine", "Milano",
  ("inm", "Intervista per Vivere in Spagna", "Buongiorno Alex, sto preparando un servizio sugli italiani che comprano casa sulla Costa del Sol e cerco "
          "un agente che spieghi ai lettori come funziona l'acquisto per uno straniero. Le andrebbe una breve intervista telefonica?"),
  ("inm", "Re: Intervista", "Grazie della disponibilità! Per l'uscita di marzo l'intervista rientra nella sezione 'Partner consigliati': il "
          "pacchetto redazionale costa 1.450 € + IVA e comprende due pagine e il logo dell'agenzia. Le mando il modulo d'ordine?", (4, 12)))
P("bait_and_switch_inmail", "en", "Callum Reddy", "Host | The Costa Move Podcast", "Marbella",
  ("inm", "Guest spot on the podcast?", "Hey Alex, I host a little podcast for Brits moving to southern Spain and listeners keep asking about buying "
          "off-plan. Would you come on for half an hour and talk through what to watch out for?"),
  ("inm", "Podcast – next steps", "Brilliant, thanks for saying yes! To lock in your episode: guests on our Featured Agent format cover production "
          "at £395, which includes edited clips for your socials. Can I send the invoice over?"))
P("bait_and_switch_inmail", "es", "Alberto Sanromán", "Inversor particular", "Madrid",
  ("inm", "Consulta ático centro Málaga", "Hola Alex, estoy buscando un ático en el centro de Málaga para invertir, entre 500 y 700 mil. ¿Trabajas "
          "esa zona? Me gustaría que me contaras qué tienes ahora mismo."),
  ("inm", "Una propuesta", "Gracias por contestar tan rápido. Te soy sincero: además de buscar piso, dirijo una agencia de marketing para "
          "inmobiliarias y creo que podríamos duplicarte los contactos de compradores. ¿Agendamos 20 minutos esta semana?", (2, 9)))
P("bait_and_switch_inmail", "de", "Dr. Volker Ehrenberg", "Partner | Ehrenberg Family Office", "Zürich",
  ("inm", "Frage zu Zweitwohnsitzen in Marbella", "Guten Tag Alex, mehrere unserer Mandanten denken über einen Zweitwohnsitz in Marbella nach. Ich würde "
          "mich gern mit einem erfahrenen Makler vor Ort austauschen, wie sich der Markt gerade entwickelt."),
  ("inm", "Zusammenarbeit", "Danke für Ihre freundliche Antwort. Offen gesagt suchen wir Makler, die uns ihre vermögenden Käufer vorstellen; für jedes "
          "daraus entstehende Mandat zahlen wir eine Tippgeberprämie. Besprechen wir die Konditionen in einem kurzen Call?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Wayne Oduya", "Sales & lettings negotiator | Costa Homes Direct", "Benalmádena",
  ("end",), ("end",),
  ("msg", "Alright Alex! Given you a couple of endorsements for {skill} and that. Any chance you could return the favour and endorse me for Lettings "
          "and Negotiation? Building my profile up before I go for a senior role. Cheers!"))
P("endorse_me_back", "es", "Inmaculada Ruiz-Cabello", "Gestora de patrimonio inmobiliario", "Granada",
  ("end",),
  ("msg", "Hola Alex, te he validado en {skill}, que te lo tienes más que ganado. ¿Me validarías tú en Gestión de activos y Tasaciones? Me vendría "
          "genial para el perfil. ¡Un abrazo!"))
P("endorse_me_back", "de", "Bernd Uhlenbrock", "Baufinanzierung | Hypotheken für Auslandsimmobilien", "Köln",
  ("end",), ("end",),
  ("msg", "Hallo Alex, ich habe Ihre Kenntnisse in {skill} bestätigt. Wäre schön, wenn Sie mich im Gegenzug für Baufinanzierung bestätigen – eine "
          "Hand wäscht die andere 😉"))
P("endorse_me_back", "it", "Donatella Farinelli", "Agente immobiliare | Italiani a Marbella", "Marbella",
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato la competenza in {skill}. Se ti va, ricambi con una conferma su Vendite immobiliari? Grazie mille, ci vediamo "
          "alla prossima firma dal notaio 😊"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Paco Gámez", "CEO | Gámez Inmobiliaria – Milla de Oro", "Marbella",
  ("inv", "Alex, tenemos cartera en Sierra Blanca que te puede interesar para tus clientes. Conectamos y hablamos."),
  ("rem",),
  ("inm", "Sin respuesta", "Mira Alex, te ofrezco colaborar y ni contestas. Así os va a los que venís de fuera a vender aquí sin conocer a nadie. "
          "En Marbella nos conocemos todos, que lo sepas. Qué poca educación."))
P("hostility_after_decline", "en", "Trevor Blaydon", "Director | Blaydon International Realty", "Marbella",
  ("inv", DEFAULT),
  ("inm", "Manners", "Three weeks and not even the courtesy of clicking a button. I've been selling on this coast since before you turned up, Alex. "
          "A bit of humility wouldn't go amiss. Shocking manners."))
P("hostility_after_decline", "de", "Ralf Oberhäuser", "Makler | Oberhäuser Immobilien Costa del Sol", "Estepona",
  ("inv", "Hallo Alex, Kollege aus Estepona hier. Ich hätte Interesse an einer Zusammenarbeit bei deutschen Käufern. Vernetzen wir uns?"),
  ("rem",),
  ("inm", "Unfassbar", "Ich schreibe Ihnen persönlich, und Sie ignorieren mich einfach. So ein arrogantes Verhalten habe ich unter Kollegen selten "
          "erlebt. Schämen Sie sich."))
P("hostility_after_decline", "en", "Kelly-Ann Burrows", "Mortgage adviser | Spanish mortgages for UK buyers", "Málaga",
  ("inv", "Hi Alex, I arrange Spanish mortgages for UK buyers at up to 70% LTV, and my fee's paid by the bank on completion. Happy to look after your "
          "buyers. Coffee next week?"),
  ("inm", "Seriously?", "I only asked for a coffee and you can't even be bothered to say no. No wonder agents round here have the reputation they "
          "do. Rude, honestly."))
P("hostility_after_decline", "it", "Massimiliano Corsetti", "Agente immobiliare | Corsetti Real Estate", "Marbella",
  ("inv", "Buongiorno Alex, sono un collega italiano a Marbella, lavoro soprattutto con clienti milanesi. Ci colleghiamo?"),
  ("inm", "Complimenti", "Vedo che ha ignorato la mia richiesta. Complimenti per la professionalità: tra colleghi un minimo di educazione sarebbe "
          "dovuto. Si vede che qualcuno si è montato la testa."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Lee Whitehurst", "Director | Whitehurst Property Media", "Marbella",
  ("msg", "Alex, your listings deserve better than phone photos. We do twilight shoots and cinematic drone films from £450 a villa. Fancy trying us "
          "on your next instruction?"),
  ("msg", "Nudging this one, Alex: we've a slot free next Tuesday in Nueva Andalucía if you want it.", (4, 10)),
  ("msg", "Right, so you've read both messages and nothing back. Your photos are embarrassing, mate, and you're too arrogant to hear it. Good luck "
          "selling anything with that rubbish.", (6, 14)))
P("hostility_connection", "es", "Susana Villalobos", "Directora comercial | MarbellaLeads CRM", "Marbella",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te quería enseñar MarbellaLeads, el CRM con los portales integrados que ya usan 60 agencias de la Costa. "
          "¿Te viene bien una demo de 20 minutos?"),
  ("msg", "Vale, me dices que no te interesa sin ver ni la demo. Con esa actitud no me extraña que sigáis con Excel. Luego no llores cuando te coma "
          "el mercado.", (2, 7)))
P("hostility_connection", "de", "Heiko Brammertz", "Investmentberater | Sachwerte & Immobilienfonds", "Frankfurt am Main",
  ("msg", "Hallo Alex, ich biete Ihren vermögenden Kunden steueroptimierte Beteiligungen an Immobilienfonds an. Interesse an einer Kooperation auf "
          "Provisionsbasis?"),
  ("msg", "Sie lehnen ab, ohne sich auch nur eine Minute Zeit zu nehmen. Typisch Makler, nur die eigene Courtage im Kopf. Sehr unprofessionell, "
          "das merke ich mir.", (3, 9)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Darren Foulkes", "Business Development | SunCoast Removals & Storage", "Alhaurín de la Torre",
  ("msg", "Morning Alex, we move families from the UK to the Costa every week, door to door and fully insured. Do you have a removals partner you "
          "recommend? Agents who send us clients get 10% back and their buyers get a discounted rate."),
  ("msg", "Hi Alex, just checking my last one reached you. Happy to drop some leaflets at the office for your buyers?"),
  ("msg", "Alex, we've a part-load leaving Manchester on the 12th if any of your buyers need it, 15% off this month only."))
P("connection_only_pitches", "es", "Lorena Pedraza", "Account Manager | Portal Casas del Sur", "Málaga",
  ("msg", "Hola Alex, este mes tenemos promo para agencias: 3 meses de destacados gratis si contratas el plan Pro anual. ¿Te lo preparo?"),
  ("msg", "Alex, ¿has podido mirarlo? La promo acaba el 31 y tengo otras dos agencias de Marbella interesadas en tu zona.", (4, 12)))
P("connection_only_pitches", "it", "Fabio Recanati", "Consulente | Mutui per non residenti Italia–Spagna", "Torino",
  ("msg", "Ciao Alex, molti italiani che comprano in Spagna non sanno che possono finanziarsi con noi fino al 60%. Ti propongo una collaborazione: tu "
          "ci segnali i clienti e noi ti riconosciamo una provvigione. Ne parliamo?"),
  ("msg", "Alex, ti giro la brochure aggiornata con i tassi di questo trimestre. Dimmi tu quando ci possiamo sentire."))
P("connection_only_pitches", "en", "Natasha Elwood", "Virtual staging & AI listing copy | StageSmart", "Bristol",
  ("msg", "Hi Alex! Empty rooms don't sell. StageSmart furnishes your photos virtually in 24h for €19 a room and writes listing copy in six "
          "languages. Want three rooms free to try it?"),
  ("msg", "Hey Alex, the free-rooms offer ends Sunday. We've also just launched a tool that writes portal descriptions for you, quick demo?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Oliver Stanbridge", "Partner | Stanbridge FX – currency for property buyers", "London",
  ("msg", "Hi Alex, hope the season's treating you well. We help buyers move sterling into euros at better rates than the banks, and agents we work "
          "with get a referral fee on every completion. Could I send over our partner pack?"))
P("single_pitch", "es", "Esperanza Tirado", "Home stager | Tirado Interiores", "Marbella",
  ("msg", "Alex, ¿qué tal todo? Te escribo porque acabo de montar mi propio estudio de home staging y a las agencias les hago un 20% en el primer "
          "proyecto. Si tienes alguna villa que cueste mover, llámame y te paso tarifas."))
P("single_pitch", "de", "Nina Lämmerhirt", "Vertrieb | Photovoltaik für Ferienhäuser in Spanien", "Málaga",
  ("msg", "Hallo Alex, viele Ihrer Käufer wollen ihre Villa mit Solar nachrüsten. Wir übernehmen Planung und Montage schlüsselfertig. Darf ich Ihnen "
          "in einem Termin unser Angebot für Maklerkunden vorstellen?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Ruth Abernethy", "Associate | Abernethy & Co Estate Agents, Edinburgh", "Edinburgh",
  ("msg", "Alex, one of my vendors in Morningside has just sold and wants a winter bolthole near Marbella: apartment, walkable to the beach, about "
          "€600k. I've told her you're the one to talk to. OK if I pass on your details? No referral fee, you did me a good turn last year."))
P("connection_brings_value", "es", "Álvaro Espinosa Téllez", "Notario en Marbella", "Marbella",
  ("end",),
  ("msg", "Alex, te comparto la nota del Colegio Notarial sobre la retención del 3% a vendedores no residentes y los nuevos requisitos sobre el "
          "titular real. Te puede venir bien para explicárselo a tus clientes antes de la firma. Un saludo."))
P("connection_brings_value", "de", "Sigrid Pfannenstiel", "Sachverständige | Bewertung von Auslandsimmobilien", "München",
  ("msg", "Hallo Alex, wie am Telefon besprochen: Nächsten Donnerstag gibt es unser kostenloses Webinar zur Erbschaftsteuer bei spanischen "
          "Immobilien deutscher Eigentümer. Geben Sie den Link gern an Ihre Kunden weiter."),
  ("msg", "Die Aufzeichnung ist jetzt online, die Folien dürfen Sie gern für Ihre Kundengespräche verwenden.", (7, 12)))
P("connection_brings_value", "fr", "Brigitte Saint-Amand", "Agent immobilier | Côte d'Azur Prestige, Cannes", "Cannes",
  ("msg", "Bonjour Alex, un couple de clients cannois cherche une villa vue mer à Benahavís, budget 2,5 M€. Je pense à votre mandat de La Zagaleta. "
          "Si cela vous convient, on partage la commission moitié-moitié ; je vous transmets leurs dates de séjour."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Beddoes", "Talent Partner | Harrowgate Residences", "Marbella",
  ("inm", "Head of Sales – branded residences, Benahavís", "Hi Alex, we launch 84 branded residences in Benahavís next year and I'm looking for a "
          "Head of Sales who really knows the international buyer. €90k base plus commission, team of six. Open to a confidential chat?"))
P("stranger_inmail_recruiter", "es", "Jorge Amatriain", "Director de selección | Grupo Promotor Mediterráneo", "Málaga",
  ("inm", "Director/a comercial – Costa del Sol", "Buenos días, Alex: buscamos director/a comercial para nuestras promociones de obra nueva en Mijas "
          "y Estepona, y valoramos mucho la experiencia con compradores nórdicos y británicos. ¿Te apetece que hablemos esta semana? Con total "
          "confidencialidad."))
P("stranger_inmail_recruiter", "de", "Anneliese Vogtherr", "Recruiting | Engel-Haus Immobilien International", "Hamburg",
  ("inm", "Büroleitung Marbella (m/w/d)", "Hallo Alex, wir eröffnen im Frühjahr ein Büro in Marbella und suchen eine Leitung mit Marktkenntnis, "
          "Deutsch und Englisch. Fixum plus Umsatzbeteiligung. Hätten Sie Lust auf ein erstes, unverbindliches Gespräch?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brandon Leckie", "Growth | ListingBoost AI", "Manchester",
  ("inm", "More mandates in Marbella?", "Hi Alex, ListingBoost AI spots homeowners likely to sell in the next 90 days from public data and writes the "
          "outreach for you. Agencies on the Costa are winning four extra mandates a month. 15 minutes on Thursday?"),
  ("inm", "Quick nudge", "Alex, bumping this: we onboard two agencies per town and Marbella has one spot left. Want it?"))
P("stranger_inmail_sales", "es", "Raquel Benjumea", "Ejecutiva de cuentas | Guía Inmobiliaria Costa del Sol", "Fuengirola",
  ("inm", "Publicidad edición de verano", "Hola Alex, cerramos la edición de verano de la revista, 30.000 ejemplares en hoteles y en el aeropuerto. "
          "Media página 690 €, página completa 1.100 €. ¿Te reservo espacio?"))
P("stranger_inmail_sales", "es", "Arnaud Peyrefitte", "Business developer | ExpatAssur", "Montpellier",
  ("inm", "Partenariat assurance habitation", "Bonjour Alex, nous assurons les résidences secondaires des Français en Espagne. Je vous propose un "
          "partenariat : vous nous recommandez à vos acquéreurs et nous vous reversons une commission. Un appel cette semaine ?"),
  nl="fr")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Graham Tulloch", "Chartered building surveyor | Costa Surveys", "Mijas",
  ("inv", "Alex, I do independent building surveys for British buyers on the coast: damp, roofs, illegal extensions. Happy to send you my free "
          "checklist of the red flags I see most, handy when you're prepping sellers."),
  ("msg", "As promised, the checklist. Stick your logo on it and hand it to vendors if you like."),
  ("msg", "Alex, I'm launching a pre-listing survey package for agencies, €350 a property with priority booking. Could you sign the agency up this "
          "month? Minimum ten properties.", (12, 30)))
P("good_turns_ugly", "es", "Marisa Lucena", "Abogada | Derecho inmobiliario y extranjería", "Málaga",
  ("inv", "Hola Alex, soy abogada en Málaga y he preparado una guía gratuita en inglés sobre el NIE y la compra por no residentes para que la "
          "compartáis con vuestros clientes. ¿Te la mando?"),
  ("msg", "Aquí la tienes en PDF, ya con los cambios de este año de la Agencia Tributaria."),
  ("end",),
  ("msg", "Alex, te he validado en {skill}. ¿Me devuelves el favor con Derecho inmobiliario y Extranjería? Estoy poniendo al día el perfil del "
          "despacho."))
P("good_turns_ugly", "it", "Elena Bortolazzi", "Architetta | Ristrutturazioni per stranieri in Andalusia", "Marbella",
  ("inv", "Buongiorno Alex, sono architetta e seguo ristrutturazioni per clienti italiani tra Marbella ed Estepona. Se ti capita un cliente con "
          "dubbi su licenze o permessi, gli rispondo volentieri gratis: meglio un problema evitato prima del rogito."),
  ("msg", "Ti giro il vademecum sulle licenze di ristrutturazione a Marbella che ti avevo promesso. Spero ti serva!"),
  ("msg", "Ciao Alex, ci ho pensato: ti riconosco il 10% su ogni ristrutturazione che mi porti, e per le tue agenzie partner ho un pacchetto di "
          "consulenza a 1.800 €. Ci vediamo per definire l'accordo?", (10, 25)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Scott Harkins", "Sales | PrimeLocal Overseas – international property portal", "London",
  ("inm", "Your listings in front of 2m UK buyers", "Hi Alex, Spain is our most searched country. List your whole stock with us from £249 a month, "
          "no setup fee. Can I take you through the numbers?"),
  ("inv", "Hi Alex, really enjoyed your panel at SIMA on Brits buying after Brexit. Would be good to stay in touch."))
P("reinvite_known_bad", "es", "Antonio Luis Cárdenas", "Asesor de financiación hipotecaria", "Marbella",
  ("inv", DEFAULT),
  ("inv", "Alex, coincidimos en la notaría en la firma de la villa de Los Flamingos. Me encantaría tenerte en mi red."))
P("reinvite_known_bad", "de", "Petra Schwarzkopf", "Immobilienmarketing | Exposé-Texte & Social Media", "Marbella",
  ("inv", "Hallo Alex, ich schreibe verkaufsstarke Exposés auf Deutsch für Ihre Objekte, 90 € pro Objekt inkl. Social-Media-Posts. Interesse?"),
  ("inv", "Hallo Alex, ich organisiere einen kostenlosen Abend für deutschsprachige Makler in Marbella: Austausch, Tapas, keine Vorträge. Sind Sie "
          "dabei?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Nigel Prothero", "Independent agent | Marbella & Estepona", "Estepona",
  ("inv", "Alex, we should be talking. I've got buyers, you've got stock."),
  ("inm", "Noted", "You lot with your glossy offices think you're above everybody. I asked to connect and got nothing. Arrogant and unprofessional, "
          "and I'll be telling people."),
  ("inv", "Alex, new year, clean slate? I've a buyer for a frontline beach apartment, might suit one of yours."))
P("reinvite_known_ugly", "es", "Yolanda Peinado", "Consultora de marketing inmobiliario", "Sevilla",
  ("inm", "Estudio sobre compradores extranjeros", "Hola Alex, estamos haciendo un estudio gratuito sobre el perfil del comprador extranjero en la "
          "Costa del Sol y compartiremos los resultados con las agencias que participen. ¿Me dedicas 10 minutos?"),
  ("inm", "Resultados y propuesta", "Gracias por participar. Los resultados completos, con recomendaciones para tu agencia, van dentro de nuestro "
          "plan de consultoría: 2.400 € el trimestre. ¿Lo vemos por videollamada?"),
  ("inv", "Hola Alex, ¿conectamos? Me gustaría seguir tu trabajo de cerca."))
P("reinvite_known_ugly", "it", "Stefano Gualtieri", "Investitore immobiliare", "Roma",
  ("inv", "Alex, mi interessa collaborare. Colleghiamoci."),
  ("inm", "Incredibile", "Non rispondere è proprio da maleducati. In Italia un agente così non durerebbe una settimana. Pessima figura, Alex."),
  ("inv", "Buongiorno Alex, ci riprovo: ho un cliente per una villa a Sotogrande."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Lucy Carrow-Smith", "Founder | Carrow Holiday Rentals Management", "Marbella",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Since you sell to a lot of investors: we manage holiday lets end to end for 18% of bookings, licence "
          "paperwork included. Could we have a quick call about referring your buyers to us?"))
P("user_invited_pitch_once", "es", "Tomás Bernal Quirós", "Socio | Bernal Arquitectura y Reformas", "San Pedro de Alcántara",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Aprovecho para presentarte nuestro servicio de reformas llave en mano para compradores extranjeros. "
          "Si quieres te mando el dossier con precios y lo comentamos con un café."))
P("user_invited_pitch_once", "de", "Carsten Engelhardt", "Vertriebsleiter | Spanien-Hausverwaltung GmbH", "Marbella",
  ("acc",),
  ("msg", "Danke für die Einladung! Da Sie viele deutsche Eigentümer betreuen: Wir übernehmen die Hausverwaltung ab 95 € im Monat. Darf ich Ihnen "
          "unsere Konditionen für Makler-Empfehlungen schicken?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Rhys Penhaligon", "Partner | Penhaligon Wealth – British expats in Spain", "Marbella",
  ("acc",),
  ("msg", "Great to connect after the Chamber lunch, Alex. Lots of your buyers will have UK pensions and ISAs that don't travel well to Spain, which "
          "is exactly what we sort out. Could we set up an introducer agreement?"),
  ("msg", "Hi Alex, following up with our introducer terms: 25% of our first-year fee on every client you send us. Lunch at the Marbella Club next "
          "week to sign?"))
P("user_invited_pitch_twice", "es", "Beatriz Lozano Pardo", "Key Account | Idealcasa Portal", "Madrid",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Vi en la feria que tenéis más de 200 inmuebles publicados. Con nuestro plan Élite tendríais visibilidad en "
          "Alemania y Países Bajos. ¿Te preparo una propuesta?"),
  ("msg", "Hola Alex, te adjunto la propuesta: 540 €/mes con permanencia de un año, y un 15% de descuento si firmamos antes de fin de mes."))
P("user_invited_pitch_twice", "it", "Lorenza Pittaluga", "Consulente marketing per agenzie immobiliari", "Genova",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Ho dato un'occhiata al tuo sito: bello, ma non converte. Con una campagna Google Ads mirata sugli "
          "acquirenti italiani potresti raddoppiare i contatti. Ti preparo un'analisi?"),
  ("msg", "Alex, ecco l'analisi in sintesi: gestione campagne a 600 € al mese più budget pubblicitario. Quando ne parliamo?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Dermot Kilbride", "Head of Residential | Savill & Roe Ireland", "Dublin",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As I said at the conference, we get a steady trickle of Irish clients asking about Marbella and I'm glad to "
          "send them your way. First up is a couple from Cork after a townhouse in Nueva Andalucía. OK if I introduce you by email?"))
P("user_invited_value", "es", "Carmen Zurita Bellido", "Técnica de Urbanismo | Ayuntamiento de Estepona", "Estepona",
  ("acc",),
  ("msg", "Gracias por la invitación. Te paso el enlace al nuevo visor del PGOU, donde puedes consultar la calificación de cualquier parcela antes "
          "de publicar un anuncio. Si alguna vez tienes dudas con una licencia, pregúntame sin problema."))
P("user_invited_value", "de", "Wiebke Thormählen", "Steuerberaterin | Deutsch-spanisches Steuerrecht", "Málaga",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wie beim Notar besprochen, hier mein Merkblatt zur Grunderwerbsteuer und zum Modelo 210 für deutsche "
          "Käufer. Geben Sie es gern kostenlos an Ihre Kunden weiter."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Penelope Gracewood", "Private client director | Gracewood Family Office", "London", ("acc",))
P("acceptance_only", "es", "Manuel Jesús Carrasco", "Director de oficina | Banca privada, Marbella", "Marbella", ("acc",))
P("lone_endorsement", "es", "Lola Benavente", "Administración y marketing | Alborán Estates", "Marbella", ("end",))
P("lone_endorsement", "en", "Kasper Nyholm", "Product manager | Bought in Elviria, 2023", "Copenhagen", ("end",))


# ------------------------------------------------------------------------- layout eras
# The 2016-2017 layout for people whose notes carry nothing of today; everyone else current.
_OLD = {"Francisco Javier Moyano", "Gianfranco Pellegatta", "Ruth Abernethy", "Wayne Oduya", "Antonio Luis Cárdenas", "Trevor Blaydon",
        "Darren Foulkes", "Manuel Jesús Carrasco", "Jorge Amatriain", "Klaus-Dieter Hambrecht", "Rhys Penhaligon", "Massimiliano Corsetti",
        "Oliver Stanbridge", "Fabio Recanati", "Dominic Farrow", "Sabrina Kötter"}
ERAS = {p[2]: ("2016" if p[2] in _OLD else "cur") for p in PEOPLE}

for _p in PEOPLE:   # LinkedIn caps an invitation note at 300 characters
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Portal Casas del Sur", "avisos@casasdelsur.example", "Nuevo contacto para tu inmueble REF AE-2291",
     "Hola Alex,\n\nun usuario ha pedido información sobre el ático de Sierra Blanca.\n\nNombre: Fiona Hartigan\nMensaje: \"We also sent you a "
     "LinkedIn request - could we view in October?\"\n\nResponde desde tu panel de agencia.", "es"),
    ("Notaría Espinosa Téllez", "firmas@notaria-marbella.example", "Cita de firma – Villa Los Flamingos, jueves 11:30",
     "Estimado/a Alex:\n\nle confirmamos la cita de firma. Rogamos que los compradores traigan NIE y certificado bancario del pago.\n\n"
     "Les recordamos que no aceptamos documentación enviada por LinkedIn ni por WhatsApp; utilicen este correo.", "es"),
    ("Hartmut Kleineberg", "h.kleineberg@kleineberg-logistik.example", "Besichtigung Los Monteros",
     "Guten Tag,\n\nich hatte Ihnen auch über LinkedIn geschrieben. Passen Ihnen der 24. bis 27. März für Besichtigungen? Wir kommen mit den Kindern.\n\n"
     "Mit freundlichen Grüßen\nHartmut Kleineberg", "de"),
    ("SIMA Costa del Sol", "expositores@sima-costa.example", "Your exhibitor pass and stand number",
     "Dear exhibitor,\n\nyour stand is C-14. Passes are attached. Share your stand on LinkedIn and Instagram with #SIMACosta so buyers can find you.", "en"),
    ("Lola Benavente", "lola@alboranestates.example", "Fotos villa Cascada",
     "Alex, ya están las fotos de la villa de Cascada de Camoján, han quedado muy bien. Mañana las subo a la web, a los portales y a LinkedIn.\n\nLola", "es"),
    ("Sam Reyes", "sam@alboranestates.example", "Fwd: Paco Gámez wants to connect",
     "FYI, he tried me too. Not a fan.\n\n---------- Forwarded message ---------\nFrom: Paco Gámez via LinkedIn <invitations@linkedin.com>\n"
     "Subject: I want to connect\n\nTenemos cartera en Sierra Blanca que te puede interesar para tus clientes. Conectamos y hablamos.", "en"),
    ("Stanbridge FX", "markets@stanbridgefx.example", "Sterling edges higher: what it means for your buyers",
     "Good morning,\n\nthe pound rose against the euro this week. Buyers completing in the next quarter may want to fix a rate now.\n\n"
     "Follow us on LinkedIn for daily market notes.", "en"),
    ("Gianfranco Pellegatta", "g.pellegatta@pellegatta-tessuti.example", "Appartamento Puerto Banús",
     "Gentile Alex,\n\ncome le scrivevo su LinkedIn, le mando le foto dell'appartamento e la nota simple. Saremo a Marbella dal 10 novembre.\n\n"
     "Cordiali saluti\nGianfranco Pellegatta", "it"),
    ("Brigitte Saint-Amand", "brigitte@cotedazur-prestige.example", "Clients pour La Zagaleta",
     "Bonjour Alex,\n\nsuite à mon message sur LinkedIn, voici les disponibilités de mes clients : du 3 au 7 mai. Ils souhaitent voir la villa et "
     "deux autres biens comparables.\n\nBien à vous,\nBrigitte", "fr"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage auf XING",
     "Hallo Alex,\n\nSabrina Kötter möchte sich mit Ihnen auf XING vernetzen. Tipp: Verknüpfen Sie Ihr Profil auch mit LinkedIn.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-sixteenth development corpus (dev116). Generated by scripts/make_corpus_dev116.py (seed {SEED}); do not edit by hand.",
          "# Alex as a real-estate broker on the Costa del Sol selling to foreign buyers: buyers and sellers, co-broking agents, portals and lead "
          "sellers, photographers and stagers, lawyers and mortgage brokers, peers, rude agents. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev116", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
