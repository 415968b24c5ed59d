#!/usr/bin/env python3
"""Write mailbot's dev121 corpus: tests/corpus/dev121/*.eml + expected.toml.

The angle: the user Alex is the logistics director of a regional supermarket chain with two
distribution centres, one at Saint-Priest (Lyon) and one at Vitrolles (Marseille). Their
LinkedIn world: road carriers and freight brokers (French, Spanish and Italian, some of them
looking for return loads), warehouse-automation vendors (AMRs, shuttles, autonomous
forklifts, WMS, IoT for the cold chain), temporary-staffing agencies, lean and transport
consultants, peer logistics directors at other grocers, trade-press journalists, schools
and training bodies (free sessions on driving-time rules and low-emission zones), job
seekers from the warehouse floor, and scammers offering freight far below market price.
French in three registers (southern and casual with tutoiement, plain business, very
formal), Spanish and Italian from carriers and peers, and English.

Every row of the taxonomy has people here: good invitations, default and sales
invitations, bait and switch by invitation and by InMail, endorse-me-back, hostility after
a decline and from a connection, connections who only pitch against a single pitch,
connections who bring value, recruiters' and sellers' InMail, people who start good and
turn ugly, re-invites from people already known bad or ugly, invitations the user sent
that were answered with a pitch (once, twice) or with something useful, lone acceptances
and endorsements. The notes were written from shared/taxonomy.md alone.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, job-alert
titles, LinkedIn's other mail subjects, the headlines of spoof-only names and the text
that spoofs carry are swapped for this world in this process only (make_corpus.py itself
is not changed).

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev121.py              # writes tests/corpus/dev121
    python scripts/make_corpus_dev121.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260121

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ grocery-logistics world (this process only)
SKILLS = {
    "fr": ["Logistique", "Supply Chain", "Gestion d'entrepôt", "Transport routier", "Management", "Grande distribution"],
    "en": ["Logistics Management", "Supply Chain Management", "Warehouse Management", "Transportation", "Retail", "Lean Management"],
    "es": ["Logística", "Gestión de almacenes", "Cadena de suministro", "Transporte", "Gran distribución"],
    "it": ["Logistica", "Supply chain", "Gestione magazzino", "Trasporti", "Grande distribuzione organizzata"],
    "de": ["Logistik", "Lagerverwaltung", "Supply Chain Management", "Transportlogistik", "Einzelhandel"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "fr": "Directeur logistique chez Primeveil Supermarchés | Entrepôts de Saint-Priest et Vitrolles",
    "en": "Logistics Director at Primeveil Supermarchés | DCs in Lyon & Marseille",
    "es": "Director de logística en Primeveil Supermarchés | Lyon y Marsella",
    "it": "Direttore logistica presso Primeveil Supermarchés | Lione e Marsiglia",
    "de": "Logistikleiter bei Primeveil Supermarchés | Lyon und Marseille",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["fr", "en", "fr", "es", "it"]   # spoofs and other LinkedIn mail: mostly French wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--linkedn-dza.com", "untrusted:mx.google.com",
                       "nodkim", "display:outlook.com", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]
mc.CITY["fr"] = ["Lyon", "Marseille", "Vitrolles", "Saint-Priest", "Aix-en-Provence", "Avignon"]
mc.CITY["es"] = ["Barcelona", "Valencia", "Zaragoza", "Murcia", "Tarragona", "Bilbao"]
mc.CITY["it"] = ["Genova", "Milano", "Torino", "Cuneo", "Ventimiglia", "Verona"]
mc.JOBS[:] = [("Directeur Supply Chain H/F", "Groupe Valdor Distribution"), ("Responsable d'entrepôt produits frais H/F", "Marchés du Rhône"),
              ("Head of Logistics, Grocery", "Lidgate Retail Group"), ("Director/a de Logística", "Supermercados Levante"),
              ("Responsabile Logistica GDO", "Supermercati Tirreno"), ("Directeur des opérations entrepôt H/F", "Sodimed Logistique")]
mc.COMPANIES["good"] = ["Marchés du Rhône", "Coop Alpes-Provence", "AFT", "Kedge Business School", "Supply Chain Magazine",
                        "Grands Magasins du Languedoc", "Port de Marseille Fos", "Supermercati Riviera"]
mc.COMPANIES["sales"] = ["QuaiConnect", "PalletBots", "Intérim Sud Logistique", "FrigoTrack", "Rayonnages Méditerranée",
                         "FretExpress Discount", "StackLogic WMS", "RoutiPlan"]
mc.HEADLINES["good"] = ["Directeur logistique chez {co}", "Responsable d'entrepôt | {co}", "Supply Chain Manager at {co}", "Journaliste | {co}",
                        "Responsable transport – {co}", "Cheffe de projet logistique urbaine | {co}"]
mc.HEADLINES["sales"] = ["Business Developer | {co}", "Account Executive at {co}", "Commercial grands comptes – {co}",
                         "Helping retailers cut freight costs | {co}", "Founder @ {co}"]
SPOOF_PITCH = {
    "fr": ["Bonjour Alex, votre facture de transport FR-20931 présente un retard de paiement. Consultez-la et régularisez via le portail sécurisé avant pénalités.",
           "Bonjour, je vous ai partagé le planning des réceptions fournisseurs de la semaine via LinkedIn Docs. Connectez-vous avec votre mot de passe de messagerie pour l'ouvrir."],
    "en": ["Hi Alex, the carrier's bank details for this month's freight invoices have changed. Please log in to review the new payment instructions today.",
           "Dear Alex, the signed tender file for your 2026 transport lanes is ready. Sign in with your email password to download it."],
    "es": ["Hola Alex, han cambiado los datos bancarios para las facturas de transporte de este mes. Revisa las nuevas instrucciones en el enlace seguro.",
           "Estimado Alex: le he compartido el pliego firmado de la licitación de transporte. Inicie sesión para descargarlo."],
    "it": ["Ciao Alex, ti ho condiviso le bolle di consegna firmate. Accedi con la password della tua email per scaricarle.",
           "Gentile Alex, sono cambiate le coordinate bancarie per le fatture di trasporto. Controlli le nuove istruzioni tramite il link sicuro."],
    "de": ["Hallo Alex, die Bankverbindung für die Frachtrechnungen hat sich geändert. Bitte bestätigen Sie die neuen Daten über den sicheren Link.",
           "Guten Tag, anbei die unterschriebenen Ausschreibungsunterlagen. Bitte melden Sie sich an, um sie zu öffnen."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"fr": ["Facture transport en attente", "Planning réceptions S12", "Appel d'offres transport – pièces"],
                  "en": ["Updated bank details – freight invoices", "Tender documents 2026", "Delivery schedule"],
                  "es": ["Nuevos datos bancarios", "Pliego de licitación firmado"],
                  "it": ["Bolle di consegna", "Nuove coordinate bancarie"],
                  "de": ["Neue Bankverbindung", "Ausschreibungsunterlagen"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
retitle_other({
    "fr": {"job": ("{n} nouvelles offres pour « directeur logistique »", "Votre alerte emploi pour directeur logistique à {city}"),
           "news": "ZFE : les livraisons en ville vont-elles coûter plus cher ?",
           "group": "Meilleures discussions dans Logisticiens de la grande distribution",
           "newsletter": "Le Quai du lundi : pénurie de chauffeurs, ce qui change en 2026"},
    "en": {"job": ("{n} new jobs for \"head of logistics\"", "Your job alert for head of logistics in {city}"),
           "news": "Are grocers bringing their warehouses back in-house?",
           "group": "Top conversations in European Grocery Supply Chain",
           "newsletter": "Dock Notes: what autonomous forklifts really cost"},
    "es": {"job": ("{n} empleos nuevos de «director de logística»", "Tu alerta de empleo de director de logística en {city}"),
           "news": "¿Falta de camioneros también en el corredor mediterráneo?",
           "group": "Conversaciones destacadas en Logística de Distribución Alimentaria",
           "newsletter": "Cuaderno de almacén: automatizar el frío sin arruinarse"},
    "it": {"job": ("{n} nuove offerte per «responsabile logistica»", "Il tuo avviso di lavoro per responsabile logistica a {city}"),
           "news": "Valichi alpini: quanto costano le chiusure ai trasportatori?",
           "group": "Conversazioni principali in Logistica GDO Italia",
           "newsletter": "Il piazzale: notizie di trasporto e magazzino"},
    "de": {"job": ("{n} neue Jobs für „Leiter Logistik“", "Ihr Jobalarm für Leiter Logistik in {city}"),
           "news": "Fahrermangel: Wie kommt die Ware noch in die Filialen?",
           "group": "Top-Unterhaltungen in Lebensmittellogistik DACH",
           "newsletter": "Rampengeflüster: Lagerautomatisierung im Mittelstand"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Sandrine Ollivier", "Directrice logistique | Coop Alpes-Provence", "Grenoble",
  ("inv", "Bonjour Alex, question de consœur : vous avez passé vos tournées Lyon intra-muros en porteurs GNV avant la ZFE ? On hésite "
          "entre gaz et électrique pour 12 porteurs et je préfère un retour terrain à une plaquette. Un café à la prochaine SITL ?"),
  ("rem",))
P("good_invitation", "en", "Tom Egan", "Senior Reporter, Supply Chain | Retail Logistics Weekly", "London",
  ("inv", "Hi Alex - I'm writing about how regional grocers in France are coping with the low-emission zones in Lyon and Marseille. "
          "A contact at the AFT suggested you. Could I interview you for 20 min, on or off the record, whichever you prefer?"))
P("good_invitation", "fr", "Yanis Belhadj", "Chef d'équipe préparation froid positif | Ouvert aux opportunités", "Marseille",
  ("inv", "Bonjour Monsieur Morgan, j'ai vu votre annonce de responsable d'exploitation pour Vitrolles. 8 ans en préparation frais chez un "
          "grossiste, 25 personnes en 2x8, CACES à jour. Je me permets de vous demander si je peux vous adresser mon CV directement."),
  ("rem",))
P("good_invitation", "fr", "Marco Bellandi", "Segretario generale | Associazione Spedizionieri Porto di Genova", "Genova",
  ("inv", "Buongiorno Alex, il 14 novembre a Genova facciamo una mattinata gratuita con l'Autorità portuale sulle nuove procedure doganali "
          "e sul corridoio Genova–Marsiglia. Niente vendite, solo informazioni operative. Le farebbe piacere partecipare?"),
  nl="it")
P("good_invitation", "fr", "Laurence Dufresne", "Responsable formation continue | AFT Auvergne-Rhône-Alpes", "Vénissieux",
  ("inv", "Madame, Monsieur, l'AFT organise à Vénissieux une demi-journée gratuite pour les donneurs d'ordre sur le chronotachygraphe "
          "intelligent et les temps de conduite. Une attestation de présence est remise. Souhaitez-vous que je vous réserve une place ?"))
P("good_invitation", "es", "Jordi Puigvert", "Director de Operaciones | Supermercats Costa Daurada", "Tarragona",
  ("inv", "Hola Alex, dirijo operaciones en una cadena regional de Tarragona. Vamos a automatizar el almacén de frescos y sé que "
          "vosotros lo hicisteis en Saint-Priest. ¿Me dejarías hacerte un par de preguntas? Y si pasas por aquí, te enseño el nuestro."),
  ("rem",))
P("good_invitation", "fr", "Hélène Carrière", "Associée | Altaïr Conseil – recrutement Supply Chain & Opérations", "Lyon",
  ("inv", "Bonjour Alex, je conduis pour un distributeur alimentaire (3 Md€ de CA) le recrutement de son Directeur Supply Chain groupe, "
          "basé à Aix, membre du comité de direction, package autour de 160 k€. Votre parcours colle. Seriez-vous ouvert à un échange confidentiel ?"))


# =============================================================== default_invitation
P("default_invitation", "fr", "Kévin Marchetti", "Commercial | Transports Marchetti & Fils", "Aubagne", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Rohan Mehta", "Freight Broker | Asia–Europe Lanes | Reefer & Dry", "Dubai", ("inv", NONOTE))
P("default_invitation", "fr", "Mercedes Ruano", "Jefa de tráfico | Transportes Ruano", "Murcia", ("inv", DEFAULT), nl="es")
P("default_invitation", "fr", "Damien Roux", "Cariste CACES 1-3-5 | Disponible immédiatement", "Vitrolles", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Cédric Fabbri", "Business Developer | Systèmes goods-to-person pour la distribution", "Lyon",
  ("inv", "Bonjour Alex, vos entrepôts de Saint-Priest et Vitrolles sont pile dans la cible de nos systèmes goods-to-person : jusqu'à 4x plus "
          "de lignes/heure en préparation. Je vous propose une visite d'un site client en démo, 30 minutes suffisent."))
P("sales_invitation", "en", "Nathan Cole", "Sales Director EMEA | PalletBots – autonomous forklifts", "Amsterdam",
  ("inv", "Alex, quick intro: PalletBots turns your existing reach trucks into autonomous units, no WMS change needed. Two French grocers "
          "went live this year. Worth 20 minutes to see if Vitrolles fits? Happy to send our ROI calculator first."))
P("sales_invitation", "fr", "Audrey Pellegrin", "Chargée d'affaires | Intérim Sud Logistique", "Marseille",
  ("inv", "Coucou Alex ! Le pic de fin d'année arrive vite 😉 On a 60 préparateurs CACES dispo sur Vitrolles et Rousset, réactivité 24h. "
          "Je vous fais passer nos coefficients ?"),
  ("rem",))
P("sales_invitation", "fr", "Gianni Ferrante", "Titolare | Ferrante Trasporti – groupage Italia-Francia", "Cuneo",
  ("inv", "Buongiorno Alex, facciamo groupage settimanale Piemonte–Lione–Marsiglia con mezzi frigo. Se importate formaggi e salumi "
          "italiani le preparo un'offerta a bancale molto competitiva. Le mando il listino?"),
  nl="it")
P("sales_invitation", "fr", "Marc-Antoine Sérès", "Consultant Lean & Supply Chain | ex-cabinet Big Four", "Montpellier",
  ("inv", "Monsieur le Directeur, j'accompagne les enseignes régionales dans la baisse de leurs coûts logistiques (-12 % en moyenne en 6 mois, "
          "rémunération au résultat). Un diagnostic flash de deux heures de votre schéma directeur vous intéresserait-il ?"))
P("sales_invitation", "en", "Victor Lungu", "Logistics Manager | EuroCargo Express SRL", "Chișinău",
  ("inv", "Hello dear Alex. We offer FTL France-Spain-Italy 40% below market price, own fleet 300 trucks, payment only after delivery. "
          "Send me your lanes on WhatsApp and get quotation today!!"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Grégory Lanfranchi", "Fondateur | Club des Logisticiens du Sud", "Aix-en-Provence",
  ("inv", "Salut Alex, je monte un club de directeurs logistique du Sud-Est, entre pairs : un apéro par trimestre au Vieux-Port, zéro "
          "commercial, on parle des vrais sujets (ZFE, sûreté, recrutement). Tu viens ?"),
  ("msg", "Content de te compter dans le club ! Je te dois la transparence : le club est porté par ma boîte de conseil en optimisation "
          "transport. Je te propose un audit de tes flux aval, 4 500 € HT, remboursé si on ne trouve pas 10 % d'économies. On cale une date ?", (3, 12)),
  ("msg", "Alex, je relance pour l'audit : j'ai un créneau le 12 et les membres du club ont -15 % jusqu'à fin du mois. Tu me dis ?", (6, 15)))
P("bait_and_switch_invitation", "en", "Priyanka Desai", "Volunteer Lead | Women in Warehousing Mentoring Network", "Paris",
  ("inv", "Hi Alex, I run a volunteer mentoring network for women moving into warehouse management. We're looking for senior logistics "
          "leaders who could give one hour a quarter as mentors. Would you consider joining us?"),
  ("msg", "Thank you so much for connecting! Before we match mentors, a word from my day job: I'm a partner at TalentBridge RPO and we run "
          "volume hiring for distribution centres. For your peak season we could take over all warehouse recruitment for a fixed monthly fee. "
          "Are you free for a quick call on Thursday?", (4, 10)))
P("bait_and_switch_invitation", "es", "Álvaro Quesada", "Investigador | Observatorio de Logística Urbana", "Valencia",
  ("inv", "Hola Alex, preparo un estudio sobre la última milla en cadenas de supermercados del arco mediterráneo. ¿Te importaría "
          "contestar una encuesta de diez minutos? Compartiré los resultados con todos los que participen."),
  ("msg", "¡Gracias por conectar! Los resultados saldrán en marzo. Mientras tanto te cuento que también llevo la parte comercial de "
          "RutaÓptima, un software de planificación de rutas: con tus respuestas te preparo una propuesta con un 20 % de descuento. ¿Te llamo el martes?"),
  ("msg", "Alex, ¿pudiste ver lo de RutaÓptima? La oferta de lanzamiento acaba el día 30 y me quedan dos plazas para Francia.", (5, 14)))
P("bait_and_switch_invitation", "fr", "Stefano Ruggiero", "Supply chain freschi | Catena del freddo", "Milano",
  ("inv", "Buongiorno Alex, le scrivo da collega: anche noi gestiamo un magazzino multi-temperatura e stiamo valutando il cross-docking "
          "notturno per i freschi. Posso chiederle com'è andata da voi a Saint-Priest?"),
  ("msg", "Grazie del collegamento! Le confesso che volevo soprattutto presentarle FreshChain: sensori IoT per la catena del freddo, "
          "abbonamento da 9 € a pallet al mese, allarmi in tempo reale. Le preparo una proposta per i suoi due magazzini?", (2, 8)),
  nl="it")
P("bait_and_switch_invitation", "fr", "Nathalie Guérin", "Auteure du guide « Livrer en ZFE » | Mobilité urbaine", "Lyon",
  ("inv", "Bonjour Alex, j'ai rédigé un guide pratique et gratuit sur la mise en conformité ZFE des flottes de livraison à Lyon et Marseille : "
          "calendrier, dérogations, aides. Je vous l'envoie volontiers."),
  ("msg", "Voici le guide, comme promis. Et si vous voulez aller plus loin, mon cabinet prend en charge tout le renouvellement de flotte "
          "(leasing électrique, montage des dossiers d'aides) : honoraires de 8 % des subventions obtenues. Un rendez-vous la semaine prochaine ?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Olivier Santoni", "Président | Cercle Supply Chain Méditerranée", "Marseille",
  ("inm", "Table ronde entre directeurs logistique", "Monsieur, nous réunissons à huis clos huit directeurs logistique de la grande distribution "
          "le 3 avril à Marseille, autour de la sûreté des entrepôts. Pas de sponsor, pas de vente : des échanges entre pairs. Votre expérience "
          "des deux sites enrichirait beaucoup la discussion. Puis-je vous compter parmi nous ?"),
  ("inm", "Re: Table ronde entre directeurs logistique", "Merci pour votre réponse favorable. Pour confirmer votre siège, la participation s'élève "
          "à 1 200 € HT (déjeuner et synthèse compris). En fin de matinée, nos partenaires en vidéosurveillance et contrôle d'accès présenteront "
          "leurs offres, avec un tarif préférentiel pour les participants. Je vous adresse le bon de commande ?", (4, 12)))
P("bait_and_switch_inmail", "en", "Ben Hartley", "Research Lead | Grocery DC Benchmark 2025", "Manchester",
  ("inm", "Benchmark: grocery DC productivity", "Hi Alex, we're compiling an anonymous benchmark of picking productivity across European "
          "grocery DCs. Everyone who takes part gets the full report free. Would you share a handful of KPIs (lines per hour, cost per case, "
          "shrink)? It takes about 15 minutes."),
  ("inm", "Your benchmark position", "Thanks Alex, your numbers are in. You sit in the bottom quartile on cost per case, which happens to be "
          "exactly what our consultancy fixes. The 8-week programme starts at €38k. Can I get 30 minutes with you and your COO next week?"))
P("bait_and_switch_inmail", "es", "Lorena Vidal", "Coordinadora | Grupo de trabajo Mermas Cero", "Zaragoza",
  ("inm", "Grupo de trabajo sobre mermas en frescos", "Hola Alex, coordino un grupo de trabajo sin ánimo de lucro entre responsables "
          "logísticos de supermercados para compartir prácticas contra las mermas en frescos. Nos vemos por videollamada una vez al mes. "
          "¿Te apuntas a la primera?"),
  ("inm", "Antes de la videollamada", "Me alegro de que te interese. Te cuento cómo funciona: el grupo lo patrocina nuestra plataforma de "
          "previsión de demanda, y a los participantes les hacemos precio especial (1.900 €/mes el primer trimestre). ¿Te enseño la herramienta "
          "en la llamada del jueves?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Mickaël Bonnafoux", "Responsable de quai | Messagerie", "Marseille",
  ("end",), ("end",),
  ("msg", "Oh Alex ! je t'ai mis deux validations, {skill} et une autre, tu les mérites peuchère 😄 tu pourrais me rendre la pareille "
          "sur Gestion de quai et Management d'équipe ? je postule chez un gros messager et ça fait bien sur le profil. merci mon grand"))
P("endorse_me_back", "en", "Sean Gallagher", "Warehouse Operations Manager | 3PL", "Dublin",
  ("end",),
  ("msg", "Alex, endorsed you for {skill} earlier this week. If you get a sec, would you mind endorsing me for WMS and Inventory Control? "
          "Tidying up my profile ahead of a few interviews. Much appreciated."))
P("endorse_me_back", "fr", "Roberta Lanza", "Buyer trasporti | GDO", "Genova",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho segnalato per {skill}, te lo meriti tutto. Se hai due minuti mi confermeresti anche tu «Acquisti trasporti» e "
          "«Negoziazione»? Sto per cambiare lavoro e fa comodo. Grazie!!"),
  nl="it")
P("endorse_me_back", "es", "Íñigo Larrañaga", "Jefe de almacén | Distribución alimentaria", "Bilbao",
  ("end",),
  ("msg", "Buenas Alex, te he validado {skill}. A ver si tú me puedes validar «Gestión de almacenes» y «Prevención de riesgos», que con "
          "tres o cuatro validaciones más salgo arriba en las búsquedas de los headhunters. ¡Un abrazo!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Florent Cassagne", "Commercial grands comptes | Rayonnages Méditerranée", "Nîmes",
  ("inv", "Bonjour Alex, on équipe pas mal d'entrepôts de la région en rayonnages dynamiques, je pense qu'on a des choses à se dire."),
  ("rem",),
  ("inm", "Sans nouvelles", "Bon. Trois semaines sans réponse à une simple invitation. Je trouve ça assez méprisant, franchement, de la part "
          "d'un directeur qui explique dans la presse qu'il ne trouve pas de fournisseurs réactifs. On ne vous dérangera plus."))
P("hostility_after_decline", "en", "Darren Whitlock", "Founder | FreightFlex – digital freight brokerage", "Birmingham",
  ("inv", "Alex, we move 2,000 loads a month across FR/ES/IT. Let's connect."),
  ("inm", "Seriously?", "Declined. Wow. You retail logistics people wonder why carriers won't work with you. Arrogant doesn't begin to "
          "cover it. Good luck finding trucks in December."))
P("hostility_after_decline", "fr", "Samir Haddou", "Préparateur de commandes | recherche CDI", "Marseille",
  ("inv", "Bonjour monsieur, je cherche un CDI dans la logistique vers Marseille, je suis sérieux et motivé. Est-ce que vous recrutez ?"),
  ("inm", "pas de réponse", "vous avez même pas pris 2 secondes pour répondre. les gens comme vous qui parlent de « capital humain » "
          "sur linkedin et qui méprisent les petits. honteux"))
P("hostility_after_decline", "it", "Paolo Cerutti", "Agente | Logistica conto terzi", "Torino",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Complimenti per l'educazione", "Gentile Alex, vedo che ha lasciato cadere la mia richiesta due volte. Dalle mie parti si risponde "
          "almeno con un no. Evidentemente nella grande distribuzione francese la cortesia è un optional. Saluti."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Thierry Baldacci", "Directeur commercial | Transports Baldacci – frigorifique", "Cavaillon",
  ("msg", "Salut Alex, j'ai 6 semis frigo qui se libèrent sur Cavaillon–Lyon à partir de lundi. Je te fais un prix au tour si tu me "
          "confies ta ligne fruits et légumes. Appelle-moi, on s'arrange."),
  ("msg", "Bon, j'ai compris, tu réponds pas. Quinze ans que je roule pour la moitié des enseignes du coin, j'ai jamais vu un mépris "
          "pareil. Garde tes palettes, et bonne chance le jour où ton transporteur te plante en pleine saison."))
P("hostility_connection", "en", "Keith Morrow", "Regional VP Southern Europe | StackLogic WMS", "Barcelona",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. Since you're running two DCs on what sounded like an ageing WMS, let me show you StackLogic's "
          "grocery module - 45 minutes, and I'll bring our pre-sales engineer."),
  ("msg", "You invite me, then go silent for a month. That's not how business works where I come from. Frankly a bit pathetic for "
          "someone at your level."))
P("hostility_connection", "es", "Raquel Montoya", "Directora comercial | Frío Industrial Levante", "Valencia",
  ("msg", "Hola Alex, revisando tu web he visto que Vitrolles tiene cámaras de negativo con más de diez años. Hacemos auditoría energética "
          "de frío industrial y sustitución de evaporadores con financiación. ¿Te paso una propuesta?"),
  ("msg", "Alex, te reenvío la propuesta con el ahorro estimado (18 % en factura eléctrica). ¿Hablamos el lunes?"),
  ("msg", "Ya veo que no tienes la educación de contestar. Tres mensajes. Con gente así no se puede trabajar, de verdad. Que te vaya bonito."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Émilie Cordier", "Chargée de clientèle | Intérim Rhône Logistique", "Lyon",
  ("msg", "Bonjour Alex, la rentrée approche : besoin de renfort sur Saint-Priest ? Nous avons préparateurs et caristes disponibles sous 48h, "
          "tous passés en mise en situation chez nous. Je vous envoie notre grille ?"),
  ("msg", "Re-bonjour, petite nouveauté : un forfait « pic de Noël » avec un coefficient dégressif au-delà de 20 intérimaires. On en parle ?"),
  ("msg", "Alex, dernière place dans notre planning de recrutement de novembre. Si vous voulez sécuriser vos effectifs, c'est maintenant."))
P("connection_only_pitches", "en", "Lars Vikström", "Key Account Manager | Nordic Conveyor Systems", "Gothenburg",
  ("msg", "Hi Alex, hope the peak went well. We've just launched a retrofit kit that lets older roller conveyors handle crates and cartons "
          "on the same line. Could I book a site survey at Saint-Priest in January?"),
  ("msg", "Hi again - we have an installation team in Lyon in February, which would cut the mobilisation cost for you by about 30%. "
          "Shall I pencil you in?"))
P("connection_only_pitches", "fr", "Carlo Benvenuti", "Commerciale | Autotrasporti Benvenuti", "Milano",
  ("msg", "Ciao Alex, abbiamo camion che rientrano vuoti da Marsiglia verso Milano il venerdì: se avete resi o flussi verso l'Italia "
          "ti faccio un prezzo da ritorno, molto sotto il listino."),
  ("msg", "Alex, ti giro il listino aggiornato per i ritorni Francia–Lombardia, validità fino a marzo. Fammi sapere quanti bancali a settimana."),
  nl="it")
P("connection_only_pitches", "fr", "Pascale Ribeiro", "Consultante | Transition énergétique des flottes", "Avignon",
  ("msg", "Bonjour Alex, vos quais de Vitrolles se prêtent très bien à des bornes de recharge pour porteurs électriques. Je vous propose "
          "une étude de faisabilité, financée à 50 % par le programme Advenir. Disponible pour un échange ?"),
  ("msg", "Je me permets de revenir vers vous : nous avons installé 14 bornes chez un grossiste de Rungis le mois dernier. Je peux vous "
          "envoyer le devis type ?"),
  ("msg", "Bonjour, simple relance concernant l'étude de faisabilité. Le dispositif d'aide ferme au 31 décembre."))


# =============================================================== single_pitch
P("single_pitch", "fr", "Hervé Quintin", "Directeur des ventes | Emballages Rhodaniens", "Villeurbanne",
  ("msg", "Bonjour Alex, on vient de sortir un bac isotherme réutilisable et emboîtable, pensé pour le drive et la livraison à domicile. "
          "Je peux vous déposer deux échantillons à Saint-Priest la semaine prochaine ?"))
P("single_pitch", "es", "Marcos Beltrán", "Key Account | Grupo Transfrío", "Murcia",
  ("msg", "¡Hola Alex! Este invierno tenemos capacidad de sobra en la ruta Murcia–Perpiñán–Lyon con camiones frigoríficos de doble "
          "temperatura. Si necesitas cubrir cítricos o verdura de hoja, te mando tarifa por viaje completo."))
P("single_pitch", "en", "Aisha Rahman", "Account Manager | ShiftWise – workforce scheduling for warehouses", "London",
  ("msg", "Hi Alex, most DC managers I talk to still build shift rotas in Excel. ShiftWise forecasts labour per shift from your WMS volumes "
          "and cuts overtime by around 15%. Could I show you a 20-minute demo?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Claire Vasseur", "Journaliste | Supply Chain Magazine", "Paris",
  ("msg", "Bonjour Alex, je boucle un dossier sur la logistique du frais dans les enseignes régionales pour le numéro de mars. Auriez-vous "
          "20 minutes jeudi ou vendredi pour répondre à quelques questions ? Je vous fais relire vos citations avant parution, comme d'habitude."),
  ("msg", "Merci encore pour l'entretien ! Le papier sort le 4. Je vous envoie le PDF de l'article dès qu'il est bouclé."))
P("connection_brings_value", "fr", "Jean-Luc Pastor", "Directeur logistique | Grands Magasins du Languedoc", "Montpellier",
  ("end",),
  ("msg", "Salut Alex ! Comme promis au salon, je t'envoie notre cahier des charges pour l'appel d'offres transport frigo, pique ce que tu "
          "veux, on a bien sué dessus 😅. Et si ça te dit, on pourrait grouper nos volumes sur Perpignan–Marseille l'an prochain, à deux on "
          "pèserait plus lourd face aux transporteurs."))
P("connection_brings_value", "it", "Elena Gatti", "Responsabile logistica | Supermercati Riviera", "Sanremo",
  ("msg", "Ciao Alex, ti avviso perché so che passate da Ventimiglia: da lunedì chiudono una corsia della A10 tra Ventimiglia e Mentone "
          "per sei settimane, di notte. I nostri autisti perdono già 40 minuti. Se ti serve ti giro l'ordinanza e i percorsi alternativi che usiamo."),
  ("msg", "Ecco i percorsi. E quando vuoi venire a vedere il nostro nuovo magazzino a Taggia, sei il benvenuto."))
P("connection_brings_value", "en", "Hannah Brooks", "Lecturer in Logistics | Kedge Business School", "Marseille",
  ("msg", "Hi Alex, our MSc Supply Chain students need a live company project for the spring term. Would Vitrolles be up for a slotting "
          "study? Six students, ten weeks, supervised by me, no cost to you - you'd just give them data and a couple of hours of your team's time."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Sophie Mazel", "Consultante senior | Orthès Recrutement – Supply Chain", "Lyon",
  ("inm", "Direction Supply Chain – groupe alimentaire (confidentiel)", "Bonjour Alex, je recrute pour un groupe coopératif de l'agroalimentaire "
          "son ou sa Directeur·rice Supply Chain, basé·e à Valence : 4 sites, 600 personnes, rattachement au directeur général, rémunération "
          "140-170 k€ + variable. Votre expérience de la distribution multi-sites correspond exactement à ce qu'ils cherchent. Auriez-vous "
          "quinze minutes cette semaine pour que je vous en dise plus ?"))
P("stranger_inmail_recruiter", "en", "Michael Brandt", "Talent Acquisition Director | Lidgate Retail Group", "London",
  ("inm", "Head of Logistics, Southern Europe", "Hello Alex, we're opening a Head of Logistics role covering our French, Spanish and Italian "
          "stores (four DCs, 180 stores). It's based in Marseille or Lyon, reports to the Chief Supply Chain Officer and pays well above "
          "market. Your name came up twice in our search. Would you be open to an exploratory conversation?"))
P("stranger_inmail_recruiter", "es", "Carmen Ortiz", "Headhunter | Logística y Supply Chain", "Valencia",
  ("inm", "Dirección de Logística – cadena de supermercados", "Buenos días Alex: busco Director/a de Logística para una cadena de "
          "supermercados con 220 tiendas en Levante. Tres plataformas, proyecto de automatización en marcha, buen paquete y ayuda a la "
          "reubicación. Me han hablado muy bien de tu trabajo en Vitrolles. ¿Podemos hablar en confianza?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jason Okafor", "Sales Manager | Global Trans Logistic LTD", "Lagos",
  ("inm", "CHEAP FREIGHT RATES FRANCE/SPAIN", "Dear Sir, we are offering FTL and LTL freight at the lowest price in the market, 35% cheaper "
          "than your current carrier guaranteed. Only 50% advance payment. Contact my WhatsApp for quick quotation today."),
  ("inm", "Re: CHEAP FREIGHT RATES", "Dear Sir, kindly revert. Our special price is valid this week only. We have trucks ready in Lyon."))
P("stranger_inmail_sales", "fr", "Benjamin Arnaud", "Sales | QuaiConnect – prise de rendez-vous transporteurs", "Paris",
  ("inm", "Vos files d'attente à Vitrolles", "Bonjour Alex, on m'a dit que les camions attendaient parfois deux heures devant vos quais de "
          "Vitrolles. QuaiConnect permet aux transporteurs de réserver leur créneau en ligne et réduit l'attente de 70 %. Je vous montre ça en "
          "visio, 20 minutes ?"))
P("stranger_inmail_sales", "it", "Luca Pelizzari", "Commerciale | Pallet Recuperi Nord", "Verona",
  ("inm", "Bancali EPAL usati – offerta", "Buongiorno, abbiamo disponibili 8.000 bancali EPAL usati di prima scelta, consegna in Francia "
          "in 5 giorni. Prezzo molto interessante per quantità sopra i 2.000 pezzi. Le interessa un preventivo?"))
P("stranger_inmail_sales", "fr", "Julie Ferrand", "Courtière | Assurance marchandises transportées", "Marseille",
  ("inm", "Votre police marchandises", "Bonjour Monsieur, les vols de remorques sur les aires de l'A7 ont doublé cette année. Nous "
          "négocions des polices ad valorem pour les chargeurs de la distribution, souvent 20 % sous les contrats en place. Je peux vous "
          "faire une cotation à partir de votre volume annuel ?"),
  ("inm", "Cotation – relance", "Je me permets de vous relancer pour la cotation. Il me faut simplement votre chiffre d'affaires "
          "transporté et le nombre de sinistres des trois dernières années."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Bastien Morel", "Responsable méthodes | Logistique produits frais", "Lyon",
  ("inv", "Salut Alex, on s'est croisés à la SITL sur le stand de la FNTR. Je bosse sur la préparation en zone froide comme toi, "
          "ça te dirait qu'on échange nos retours sur les tenues grand froid et la rotation des équipes ?"),
  ("msg", "Voilà le comparatif des équipements grand froid qu'on a testés cet hiver, avec les notes des préparateurs. Si tu veux, je te "
          "présente notre médecin du travail, elle a des recommandations top sur les pauses."),
  ("msg", "Alex, je t'en avais pas parlé mais je me suis mis à mon compte : je distribue une gamme de vêtements chauffants connectés. "
          "Pour tes deux entrepôts je peux te faire -20 % sur 150 kits. Je passe te voir à Saint-Priest ?", (10, 30)))
P("good_turns_ugly", "en", "Rachel Osei", "Supply Chain Analytics | ex-grocery retail", "Bristol",
  ("inv", "Hi Alex, I saw your talk on fresh-food forecasting at the Lyon supply chain forum. I recorded my notes and the Q&A - happy to "
          "send them over if useful. Would love to stay in touch."),
  ("msg", "As promised, here are my notes from your session and the slides from the panel after it. The bit on weather-driven ordering "
          "got lots of questions."),
  ("end",),
  ("msg", "Hi Alex! I've just endorsed you for {skill}. Would you mind doing the same for me on Demand Planning and Data Analysis? "
          "I'm job hunting and it really helps to have a logistics director vouch for me."))
P("good_turns_ugly", "es", "Nuria Castells", "Consultora | Logística de frío", "Barcelona",
  ("inv", "Hola Alex, el presidente de la asociación de transportistas frigoríficos de Cataluña busca cargas de retorno hacia Francia y "
          "me pidió que os presentara. ¿Conectamos y te paso su contacto?"),
  ("msg", "Te presento a Jaume Ribas, te pongo en copia su correo: jaume.ribas@ejemplo.cat. Quiere hablar de grupaje para la temporada de fruta."),
  ("msg", "Por cierto, Alex: también hago auditorías de cadena de frío con certificación IFS Logistics. Para tus dos plataformas serían "
          "6.800 € + IVA. ¿Te mando el presupuesto?", (8, 25)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Ludovic Terrasse", "Directeur commercial | Traçabilité RFID pour la distribution", "Lyon",
  ("inv", "Bonjour Alex, nos étiquettes RFID sur palettes réduisent les écarts d'inventaire de 80 %. Je vous propose un pilote sur un quai."),
  ("inv", "Bonjour Alex, je vois que nous avons quatorze relations en commun dans la logistique lyonnaise. Au plaisir d'échanger."))
P("reinvite_known_bad", "es", "Tomás Aguirre", "Comercial | Transportes Aguirre Hermanos", "Zaragoza",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, coincidimos en la feria Logistics & Automation de Madrid, en el stand de los carretilleros. ¿Conectamos?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Franck Vidal", "Gérant | Maintenance convoyeurs & transstockeurs", "Saint-Étienne",
  ("inv", "Bonjour, maintenance préventive de vos convoyeurs sur contrat annuel, intervention sous 4h. Je vous laisse ma carte."),
  ("inm", "Votre silence", "Monsieur, je constate que vous refusez ma mise en relation. C'est votre droit, mais un peu de savoir-vivre ne "
          "coûterait rien. On dira à vos collègues que Primeveil prend ses prestataires de haut."),
  ("inv", "Bonjour Alex, nouvelle année, nouvelles résolutions : je serais content de reprendre contact."))
P("reinvite_known_ugly", "en", "Greta Sandberg", "Chair | European Grocery Logistics Forum", "Stockholm",
  ("inm", "Speaking invitation – EGLF Lisbon", "Dear Alex, the programme committee of the European Grocery Logistics Forum would be delighted "
          "to have you on our panel on cold-chain automation in Lisbon. Speakers are chosen for their practice, and there is no commercial agenda."),
  ("inm", "EGLF Lisbon – speaker package", "Dear Alex, thank you for your positive reply. To secure your panel seat, speakers take the "
          "Partner Speaker package at €4,900, which includes branding on the forum app and a lead list of attendees. Invoice attached."),
  ("inv", "Hi Alex, great to cross paths again. Let's stay connected!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Romain Estève", "Responsable grands comptes | Location de chariots élévateurs", "Vitrolles",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Puisque vous renouvelez une partie de votre parc, je vous propose un contrat de location longue "
          "durée full service sur 40 chariots, maintenance incluse. Je vous envoie une offre chiffrée ?"))
P("user_invited_pitch_once", "es", "Patricia Lozano", "Directora comercial | Transportes Lozano – frigorífico", "Almería",
  ("acc",),
  ("msg", "¡Gracias por invitarme, Alex! Un placer conocerte en Fruit Attraction. Te dejo nuestras tarifas de temporada para "
          "Almería–Marsella: 1.650 € viaje completo con frío. Si te encaja, reservamos cupo ya para enero."))
P("user_invited_pitch_once", "en", "Oliver Grant", "Partner | Kinetic Supply Chain Consulting", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Given the volumes you mentioned, I suspect your network design is costing you a 3rd DC you "
          "don't need. We run a 6-week network study for €45k. Shall I send a proposal?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Aurélien Castelli", "Ingénieur commercial | Robots mobiles autonomes (AMR)", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex ! Suite à notre échange au salon, je vous propose un pilote de 3 robots AMR sur la zone épicerie de "
          "Saint-Priest, 3 mois, 2 900 € par robot et par mois."),
  ("msg", "Bonjour Alex, je reviens vers vous pour le pilote AMR : notre prochain créneau d'installation est mi-février. Je bloque la date ?"))
P("user_invited_pitch_twice", "it", "Silvia Moretti", "Sales Manager | Pallet pooling Italia-Francia", "Verona",
  ("acc",),
  ("msg", "Grazie per l'invito, Alex! Come dicevamo a Milano, il nostro circuito di pallet pooling ti toglie la gestione dei vuoti con i "
          "fornitori italiani. Ti preparo un'offerta con noleggio a giornata?"),
  ("msg", "Ciao Alex, ti ho mandato l'offerta via mail la settimana scorsa. Possiamo sentirci venerdì per chiudere?"))
P("user_invited_pitch_twice", "fr", "Virginie Blanc", "Directrice d'agence | Alliance Intérim Provence", "Aix-en-Provence",
  ("acc",),
  ("msg", "Merci de m'avoir ajoutée ! Pour vos besoins d'été à Vitrolles, nous pouvons vous détacher une chargée de recrutement sur site "
          "et garantir 95 % de taux de présence. Je vous fais une proposition ?"),
  ("msg", "Bonjour Alex, je me permets de vous relancer : nos tarifs 2025 sont figés jusqu'au 15. Un point téléphonique cette semaine ?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Isabelle Fournier", "Directrice logistique | Biocoop des Alpes", "Grenoble",
  ("acc",),
  ("msg", "Merci Alex pour l'invitation ! Comme on en parlait, je t'envoie le dossier de dérogation ZFE qu'on a déposé à Grenoble, avec "
          "le courrier de la métropole. Les critères de Lyon sont presque les mêmes, ça te fera gagner du temps."))
P("user_invited_value", "en", "David Okoro", "Editor | Logistics Manager Europe", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. We're putting together a free online panel in May on cold-chain automation for mid-sized grocers. "
          "Would you join as a speaker? 45 minutes, no fee either way, and we send the recording to all registrants."))
P("user_invited_value", "es", "Ramón Iglesias", "Director de almacén | Cooperativa hortofrutícola del Poniente", "Almería",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Te adjunto el calendario de cosecha que compartimos con nuestros clientes, con las semanas de "
          "pico de tomate y pimiento. Así puedes planificar muelles y camiones en Vitrolles con tiempo."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Nicolas Pérez", "Responsable transport | Groupement d'achats Sud-Est", "Avignon", ("acc",))
P("acceptance_only", "en", "Anna Kowalczyk", "Operations Manager | Cross-dock Lyon Nord", "Lyon", ("acc",))
P("lone_endorsement", "fr", "Mélanie Gasquet", "Cheffe d'équipe réception | ancienne de Primeveil", "Marseille", ("end",))
P("lone_endorsement", "it", "Davide Russo", "Responsabile magazzino | GDO", "Torino", ("end",))


# ------------------------------------------------------------------------- the 300-character cap on invitation notes
for _story in PEOPLE:
    for _step in _story[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_story[2], len(_step[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Jean-Luc Pastor", "jl.pastor@gml-languedoc.example", "CDC transport frigo",
     "Salut Alex,\n\nje te l'ai aussi envoyé sur LinkedIn mais au cas où : le cahier des charges en pièce jointe. Appelle-moi pour le groupage.\n\nJL", "fr"),
    ("Service RH Primeveil", "rh@primeveil.example", "Annonce responsable d'exploitation Vitrolles",
     "Bonjour Alex,\n\nl'annonce est en ligne sur notre site et sur LinkedIn. Les candidatures arrivent dans l'outil RH, merci de ne pas les traiter par messagerie.", "fr"),
    ("SITL Paris", "visiteurs@sitl.example", "Votre badge SITL 2026",
     "Votre badge visiteur est prêt. Suivez-nous sur LinkedIn pour le programme des conférences.", "fr"),
    ("Transports Baldacci", "exploitation@baldacci-transports.example", "Disponibilités semaine 48",
     "Bonjour,\n\nci-dessous nos disponibilités frigo semaine 48. Retrouvez nos actualités sur notre page LinkedIn.", "fr"),
    ("B2PWeb", "notifications@b2pweb.example", "3 nouvelles offres de fret correspondant à votre recherche",
     "Lyon > Marseille, 33 palettes, frigo +2/+4. Partagez votre profil de chargeur sur LinkedIn pour plus de visibilité.", "fr"),
    ("Carmen Ortiz", "carmen.ortiz@talentlog.example", "Te escribí por LinkedIn",
     "Hola Alex,\n\nte escribí por LinkedIn sobre una posición de dirección logística en Valencia. Te dejo también mi correo por si prefieres.\n\nCarmen", "es"),
    ("Elena Gatti", "elena.gatti@supermercati-riviera.example", "Percorsi alternativi A10",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn: in allegato l'ordinanza e la mappa dei percorsi notturni.\n\nElena", "it"),
    ("IT Primeveil", "support@primeveil.example", "Alerte : fausses invitations LinkedIn",
     "Bonjour à tous,\n\nde faux mails LinkedIn demandent de se connecter pour « voir une facture transport ». Ne cliquez pas, transférez-les à la sécurité.", "fr"),
    ("Logistics Manager Europe", "events@lme-media.example", "Speaker confirmation – cold-chain panel",
     "Hi Alex,\n\nthanks for accepting David's invitation on LinkedIn. Your speaker slot is confirmed for 14 May, 11:00 CET.", "en"),
    ("Thomas Lenoir", "t.lenoir@primeveil.example", "Fwd: Victor Lungu wants to connect",
     "Alex, ce type m'a aussi invité sur LinkedIn avec son fret à -40 %. Arnaque à mon avis, tu confirmes ?\n\n---------- Message transféré ----------\nDe : Victor Lungu via LinkedIn <invitations@linkedin.com>\nObjet : I want to connect", "fr"),
]


# ------------------------------------------------------------------------- layout eras
# People whose notes speak of things that did not exist in 2016 (low-emission zones, 2025 rates,
# a 2025 benchmark) keep the current layout; the rest get the runner's coin.
ERAS = {name: "cur" for name in ["Sandrine Ollivier", "Tom Egan", "Nathalie Guérin", "Grégory Lanfranchi", "Isabelle Fournier",
                                 "Virginie Blanc", "Ben Hartley", "Victor Lungu"]}


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev121. Generated by scripts/make_corpus_dev121.py (seed {SEED}); do not edit by hand.",
          "# Alex as logistics director of a supermarket chain in Lyon and Marseille: carriers and freight brokers, warehouse-automation vendors, "
          "staffing agencies, consultants, peer logistics directors, trade press, job seekers, freight scammers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev121", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
