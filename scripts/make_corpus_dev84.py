#!/usr/bin/env python3
"""Write mailbot's eighty-fourth, independent development corpus: tests/corpus/dev84/*.eml + expected.toml.

The angle: the user Alex is the business development director of Tavera Ingeniería, a Spanish
engineering consultancy from Madrid that bids for international tenders financed by the World
Bank, the IDB, CAF, the African Development Bank and the Islamic Development Bank, in Latin
America (Peru, Colombia, Bolivia, Paraguay, Chile, Mexico, Central America), in Africa (Senegal,
Côte d'Ivoire, Mali, Guinea, Cameroon, Ghana, Kenya, Morocco, Algeria) and in the Middle East
(Jordan, Oman, Saudi Arabia, the Gulf). Their LinkedIn world: partner firms proposing joint
ventures and consortia for a named tender (good: shared work), peers at other consultancies
sharing intelligence on shortlists and evaluation reports, multilateral bank procurement officers
with free clinics and procurement plans, recruiters with real roles; against local agents asking
for a success fee or "representation costs", subcontractors and survey firms with rate cards,
tender-alert subscription sellers, translators and proposal-formatting shops, bond and insurance
brokers, paid "roundtables", "clubs" and "peer circles" that turn into a sale, and the rudeness of
the ignored. Spanish (Peninsular, Peruvian, Colombian, Bolivian, Rioplatense, Mexican), English
(British, American, Gulf, Kenyan, Ghanaian, Egyptian) and French (Parisian, Senegalese, Ivorian,
Malian, Guinean, Cameroonian, Moroccan and Algerian). Every scenario of the taxonomy appears.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
keywords and titles, the names, cities and headlines of spoof-only people and PYMK suggestions,
and the notes that spoofs carry are swapped for this world in this process only (make_corpus.py
itself is not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev84.py              # writes tests/corpus/dev84
    python scripts/make_corpus_dev84.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260884

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ world of international tenders (this process only)
SKILLS = {
    "en": ["Business Development", "International Tenders", "Proposal Management", "Infrastructure", "Joint Ventures", "FIDIC"],
    "es": ["Desarrollo de negocio", "Licitaciones internacionales", "Gestión de propuestas", "Infraestructuras", "Consorcios", "FIDIC"],
    "fr": ["Développement commercial", "Appels d'offres internationaux", "Gestion des offres", "Infrastructures", "Groupements d'entreprises"],
    "de": ["Geschäftsentwicklung", "Internationale Ausschreibungen", "Angebotsmanagement", "Infrastruktur"],
    "it": ["Sviluppo commerciale", "Gare internazionali", "Gestione delle offerte", "Infrastrutture"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "International Business Development Director at Tavera Ingeniería | MDB-funded infrastructure",
             "es": "Director de Desarrollo de Negocio Internacional en Tavera Ingeniería | Licitaciones BID, BM, BAD",
             "fr": "Directeur du développement international chez Tavera Ingeniería | Appels d'offres BAD et Banque mondiale",
             "de": "Director International Business Development bei Tavera Ingeniería",
             "it": "Direttore sviluppo commerciale internazionale presso Tavera Ingeniería"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["es", "en", "fr", "es", "en"]          # spoofs and other LinkedIn mail: Spanish, English and French wording
mc.JOBS[:] = [("International Business Development Director", "Halden Infrastructure Group"), ("Director de Licitaciones Internacionales", "Grupo Ferrovial-Arce"),
              ("Directeur du développement Afrique", "Kalis Ingénierie"), ("Bid Director – Water & Transport", "Marlow Mott Consulting"),
              ("Country Manager Perú", "Ingeniería Lurgain")]
_OLD_KW = {"en": "financial controller", "fr": "contrôleur de gestion", "es": "controller financiero"}
_NEW_KW = {"en": "business development director infrastructure", "fr": "directeur du développement international",
           "es": "director de desarrollo de negocio internacional"}
for _l, _kw in _NEW_KW.items():
    _subj, _line, _btn = mc.OTHER[_l]["job"]
    mc.OTHER[_l]["job"] = (_subj.replace(_OLD_KW[_l], _kw), _line.replace(_OLD_KW[_l], _kw), _btn)
mc.OTHER["en"]["group"] = ("Top conversations in MDB Procurement & Consulting Professionals", "Here are the top conversations in your group this week")
mc.OTHER["en"]["news"] = ("Will the new IDB procurement rules favour local firms?", "Top stories for you from LinkedIn News")
mc.OTHER["en"]["newsletter"] = ("Pipeline Watch: what the AfDB board approved in Q3", "New edition of a newsletter you subscribed to")
mc.OTHER["es"]["group"] = ("Conversaciones destacadas en Ingeniería Española en el Exterior", "Estas son las conversaciones más destacadas de tu grupo")
mc.OTHER["es"]["news"] = ("¿Se está quedando España fuera de las grandes licitaciones en Latinoamérica?", "Noticias destacadas de LinkedIn Noticias")
mc.OTHER["es"]["newsletter"] = ("Licitar fuera: cómo leer una lista corta del BID", "Nueva edición de un boletín al que estás suscrito")
mc.OTHER["fr"]["group"] = ("Meilleures discussions dans Ingénierie & Marchés publics en Afrique", "Voici les meilleures discussions de votre groupe cette semaine")
mc.OTHER["fr"]["news"] = ("Les bureaux d'études africains gagnent-ils enfin les marchés de la BAD ?", "Les actualités du jour de LinkedIn News")
mc.OTHER["fr"]["newsletter"] = ("Le point marchés : ce que change le nouveau cadre de passation de la BAD", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné")
mc.NAMES["es"] = (["Jorge", "Carolina", "Wilmer", "Ximena", "Rodrigo", "Milagros", "Gustavo", "Yesenia", "Mauricio", "Daniela", "Hernán", "Valeria",
                   "Eduardo", "Pilar", "Fabricio", "Lorena", "Cristóbal", "Maribel", "Sebastián", "Ana Lucía"],
                  ["Huamán", "Restrepo", "Mamani", "Benítez", "Salazar", "Villanueva", "Arévalo", "Quiroga", "Zúñiga", "Cárdenas", "Aguirre",
                   "Paredes", "Sepúlveda", "Mendoza", "Olmedo", "Ríos", "Barrientos", "Echeverry"])
mc.NAMES["fr"] = (["Mamadou", "Aïcha", "Ousmane", "Fatoumata", "Koffi", "Mariam", "Abdoulaye", "Nadia", "Karim", "Sylvie", "Cheikh", "Awa", "Yacine",
                   "Rokia", "Hervé", "Salimata", "Mehdi", "Inès"],
                  ["Ndiaye", "Touré", "Koné", "Diarra", "Traoré", "Yao", "Bamba", "Benali", "Chraibi", "Mensah", "Fofana", "Sylla", "Haddad", "Ouédraogo",
                   "Lefèvre", "Mbaye", "Tazi", "Dembélé"])
mc.NAMES["en"] = (["Omar", "Rania", "James", "Wanjiku", "Kwame", "Layla", "Daniel", "Amina", "Hassan", "Sarah", "Chinedu", "Rebecca", "Yusuf",
                   "Emily", "Tariq", "Noura", "Gareth", "Abena"],
                  ["Al-Khatib", "Haddad", "Otieno", "Mensah", "Okafor", "Al-Rashid", "Whitmore", "Osei", "Mwangi", "Farouk", "Hollis", "Adjei",
                   "Nasser", "Pryce", "Kariuki", "Al-Sayegh"])
mc.CITY.update({"es": ["Madrid", "Lima", "Bogotá", "Ciudad de México", "Santiago de Chile", "Asunción", "La Paz", "Quito"],
                "fr": ["Dakar", "Abidjan", "Casablanca", "Tunis", "Paris", "Douala", "Bamako", "Rabat"],
                "en": ["London", "Nairobi", "Accra", "Dubai", "Amman", "Washington, D.C.", "Riyadh", "Muscat"]})
mc.COMPANIES["good"] = ["Tavera Ingeniería", "Ingeniería Lurgain", "Sahel Ingénierie Conseil", "Volta Consult Engineers", "Atlas Hydro",
                        "Ibarra & Asociados", "Consorcio Andino de Ingeniería", "Rift Engineering Consultants"]
mc.COMPANIES["sales"] = ["TenderPulse", "BidWatch Pro", "LicitAlert América", "Lexia Traducciones", "ProposalPilot AI", "Garantia Conseil",
                         "Desert Gate Business Services"]
mc.HEADLINES["good"] = ["Director de Proyectos en {co}", "Senior Procurement Specialist | {co}", "Chef de mission – contrôle de travaux | {co}",
                        "Bid Manager at {co}", "Ingeniero de puentes | {co}", "Team Leader, Roads & Bridges | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development Manager at {co}", "Fondateur | {co}", "Directora comercial en {co}",
                         "Helping consultancies win more tenders | {co}"]
# what spoofs carry when they write in someone's name: tender-document and bond-invoice lures
SPOOF_NOTES = {
    "en": ["Alex, the addendum and the clarifications for the REOI are in a shared LinkedIn folder. Sign in before the deadline to download them.",
           "Dear Alex, the bid security invoice for your submission is overdue. Please confirm payment details through the secure link today."],
    "es": ["Alex, te he compartido los pliegos y la adenda de la licitación. Inicia sesión para descargarlos antes del cierre.",
           "Estimado Alex, la garantía de seriedad de su oferta está pendiente de pago. Confirme los datos bancarios en el enlace seguro."],
    "fr": ["Bonjour Alex, le DAO et l'additif n°2 vous ont été partagés. Connectez-vous pour les télécharger avant la date limite.",
           "Monsieur, la facture de votre caution de soumission est en attente. Merci de confirmer vos coordonnées bancaires via le lien."],
    "de": ["Hallo Alex, die Ausschreibungsunterlagen wurden für Sie freigegeben. Bitte melden Sie sich an, um sie herunterzuladen."],
    "it": ["Ciao Alex, ti ho condiviso il bando e l'addendum della gara. Accedi per scaricarli prima della scadenza."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
SPOOF_SUBJECTS = {"en": ["Tender documents shared", "Urgent: bid security", "Addendum No. 2"],
                  "es": ["Pliegos compartidos", "Urgente: garantía de seriedad", "Adenda n.º 2"],
                  "fr": ["DAO partagé", "Urgent : caution de soumission", "Additif n°2"],
                  "de": ["Ausschreibungsunterlagen"], "it": ["Documenti di gara"]}
for _l, _s in SPOOF_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = list(_s)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Mamadou Lamine Faye", "Directeur général | Sahel Ingénierie Conseil (SIC)", "Dakar",
  ("inv", "Bonjour M. Morgan, nous préparons la DP pour le contrôle des travaux de la RN1 Kaolack–Tambacounda (financement BAD). "
          "Il nous manque un partenaire avec des références en ouvrages d'art pour le groupement. Ibrahima Sow m'a donné votre nom. On en parle ?"),
  ("rem",), nl="fr")
P("good_invitation", "es", "Rosa Huamán Quispe", "Gerente de Proyectos | Consorcio Andino de Ingeniería", "Lima",
  ("inv", "Hola Alex, un gusto. En la supervisión del puente Chacapampa nos quedamos fuera de la lista corta por falta de experiencia en atirantados. "
          "La de Ayacucho sale en marzo: ¿les interesaría ir en consorcio con nosotros? Tenemos el equipo local y la oficina."))
P("good_invitation", "en", "Hana Qasem", "Senior Procurement Specialist, Middle East & North Africa | The World Bank", "Amman",
  ("inv", "Dear Alex, on 18 June we're holding a free virtual clinic for consulting firms on the procurement framework (rated criteria, "
          "BAFO, STEP) with Q&A on recent complaints. Your firm has bid on several MENA assignments, so you may want a seat."))
P("good_invitation", "fr", "Youssef El Amrani", "Ingénieur principal | Atlas Hydro, bureau d'études", "Casablanca",
  ("inv", "Salam Si Alex, on s'est croisés au salon de Marrakech. Question de confrère : pour l'AMI de l'ONEE sur la STEP de Settat, vous "
          "comptez les références en sous-traitance dans l'expérience du groupement ? Chez nous les avis divergent. Merci !"))
P("good_invitation", "en", "Kwabena Asante-Mensah", "Partner | Volta Consult Engineers", "Accra",
  ("inv", "Hi Alex, Kwabena from Volta Consult. Ghana Highway Authority's REOI for design review of the Tema–Aflao road (AfDB) closes on the 30th. "
          "We have the local team and road references but need a bridge-heavy lead. Open to a call this week?"),
  ("rem",))
P("good_invitation", "es", "Íñigo Larrañaga", "Director de Internacional | Ereño Ingenieros", "Bilbao",
  ("inv", "Alex, soy Íñigo, de Ereño. El día 12 organizo en la Cámara de Bilbao una sesión sin coste con la oficina del BAD en Abiyán sobre "
          "el pipeline 2025-27 en África Occidental. Solo 15 ingenierías, sin patrocinadores. Me gustaría que vinieras."))
P("good_invitation", "en", "Leila Haddad", "Talent Partner – Infrastructure & Water, GCC | Marlowe Hunt", "Dubai",
  ("inv", "Hi Alex, I'm hiring a Country Director for a Spanish-owned engineering firm opening an office in Riyadh. Your mix of MDB wins and "
          "HQ experience fits the brief. Happy to share the spec in confidence if you're curious."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "es", "Jorge Villalba Benítez", "Ingeniero civil | Consultor independiente", "Asunción", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Aïssatou Bâ", "Assistante de direction | BTP & Négoce", "Nouakchott", ("inv", NONOTE))
P("default_invitation", "en", "Tariq Mahmoud", "Business Development | Infrastructure | GCC", "Muscat", ("inv", DEFAULT))
P("default_invitation", "es", "Patricia Cárdenas", "Traductora oficial EN-ES-FR", "Bogotá", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Nathan Bright", "Account Director | TenderPulse – global tender intelligence", "London",
  ("inv", "Hi Alex, noticed Tavera bids a lot on World Bank and AfDB work. TenderPulse tracks 180 portals incl. UNGM and dgMarket and sends "
          "filtered alerts the day they publish. Could I set up a 15-min walkthrough and a 14-day trial for your bid team?"),
  ("rem",))
P("sales_invitation", "fr", "Sékou Camara", "Consultant – représentation commerciale auprès des administrations", "Conakry",
  ("inv", "Bonjour Monsieur, je représente des bureaux d'études européens auprès des ministères guinéens. Je peux vous obtenir les infos "
          "avant publication et les bons rendez-vous. Ma rémunération : 5 % du marché au succès + un forfait mensuel. Intéressé ?"))
P("sales_invitation", "es", "Carolina Benavides", "Directora comercial | Lexia Traducciones – técnica y jurada", "Madrid",
  ("inv", "Hola Alex: en Lexia traducimos ofertas técnicas para licitaciones internacionales en 48 h (FR, EN, PT, AR) con traductores "
          "ingenieros. Os quitamos el cuello de botella del último día. ¿Te mando tarifas?"))
P("sales_invitation", "es", "Rashid Al-Harthy", "Local Agent & Sponsor Services | Sultanate of Oman", "Muscat",
  ("inv", "Dear Mr Alex, greetings from Muscat. Foreign consultants registering with the Tender Board need an Omani agent. We provide full "
          "sponsorship, CR registration and ministry introductions at competitive fees. Kindly accept so I can share details."), nl="en")
P("sales_invitation", "fr", "Mathilde Rochereau", "Courtière – cautions et garanties internationales | Garantia Conseil", "Paris",
  ("inv", "Bonjour Alex, vos cautions de soumission et de bonne exécution sur les marchés BAD vous coûtent sans doute trop cher en banque. "
          "Nous les plaçons chez des assureurs-crédit dès 0,6 %. 20 minutes pour comparer ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Hernán Zubiría", "Fundador | Red de Ingenierías Exportadoras", "Buenos Aires",
  ("inv", "Hola Alex, armamos un grupo cerrado de directores de desarrollo de negocio de ingenierías que licitan con BID y CAF: compartimos "
          "listas cortas, resultados y contactos de las UEP. Sin costo, solo pedimos aportar. ¿Te sumás?"),
  ("msg", "¡Bienvenido, Alex! Te cuento cómo funciona: la info del grupo sale de LicitaRed, nuestra plataforma. Para ver las listas cortas completas "
          "y los presupuestos oficiales necesitás licencia (1.900 USD/año por usuario, o 4.500 por tres). ¿Te armo una demo el jueves?", (3, 10)),
  ("msg", "Alex, ¿pudiste ver lo de la licencia? Esta semana cerramos el precio de lanzamiento, después sube un 30%.", (10, 20)))
P("bait_and_switch_invitation", "fr", "Hicham Bennani", "Consultant marchés publics | Casablanca", "Casablanca",
  ("inv", "Bonjour Alex, ingénieur comme vous, j'ai une question : dans les offres BAD, vous présentez les CV des experts clés sur le "
          "modèle de la DP ou en format libre ? Je prépare ma première soumission et j'hésite encore."),
  ("msg", "Merci pour vos conseils, très clairs ! Justement, mon cabinet monte les dossiers administratifs des sociétés étrangères au Maroc "
          "(registre, attestations CNSS et fiscale, caution provisoire). Forfait 3 800 € HT par offre. Je vous envoie notre plaquette ?", (4, 15)))
P("bait_and_switch_invitation", "en", "Graham Whitlock", "Founder, Infra BD Leaders Circle", "Bristol",
  ("inv", "Alex, I run a small peer circle for BD heads at mid-size engineering consultancies chasing MDB work – monthly call, Chatham House, "
          "no vendors. Would be good to have a Spanish voice in there. Fancy joining?"),
  ("msg", "Great to have you aboard. Quick one before the next call: most members run their pipeline on BidBase, the bid-management tool my team "
          "built. I can get you licences at the circle rate, £220 per user per month. Shall I book a demo with your bid manager?"))
P("bait_and_switch_invitation", "fr", "Kouadio N'Guessan", "Directeur Général | KN Ingénierie & Services", "Abidjan",
  ("inv", "Bonjour M. Morgan. Nous avons une opportunité de groupement sur le projet d'assainissement de Yopougon (financement BAD). Votre profil "
          "correspond parfaitement à ce que recherche le client. Merci d'accepter afin que nous puissions échanger."),
  ("msg", "Merci de m'avoir accepté. Pour avancer sur ce dossier, voici nos conditions : frais de représentation de 2 500 000 FCFA à régler avant "
          "le dépôt, puis 4 % du montant du marché à l'attribution. C'est ce qui permet d'avoir les bons contacts au niveau de la cellule. "
          "Merci de me revenir rapidement.", (2, 8)),
  ("msg", "Bonjour Monsieur Morgan, le délai approche. Sans confirmation des frais cette semaine, je serai obligé de proposer l'opportunité "
          "à un autre bureau espagnol. Cordialement.", (5, 10)))
P("bait_and_switch_invitation", "en", "Faisal Al-Mutairi", "Director | GCC Infrastructure Leaders Forum", "Riyadh",
  ("inv", "Dear Alex, I host an invitation-only roundtable of infrastructure leaders in Riyadh around the Vision 2030 giga-projects, with PIF "
          "and ministry people in the room. I'd be glad to reserve a seat for you at the next edition."),
  ("msg", "Thank you for connecting, Alex, delighted you're interested. Seats at the table are allocated through our partner packages: Silver "
          "USD 14,500 (one seat and logo), Gold USD 28,000 (two seats and a speaking slot). Shall I send the deck?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Sunita Raghavan", "Research Lead | Development Finance Insights", "Washington, D.C.",
  ("inm", "Short interview: how consultancies win MDB contracts", "Hello Alex, I'm researching how mid-sized European consultancies compete "
          "for World Bank and IDB assignments: shortlisting, rated criteria, local partners. Could I interview you for 20 minutes? Everything "
          "is anonymised and you'd receive the final report."),
  ("inm", "Re: Short interview", "Thanks so much for your time yesterday, really valuable. As I mentioned, the report draws on our DFI Pipeline "
          "database, which flags MDB projects 12 to 18 months before procurement. Tavera would fit our Professional tier (USD 6,900 a year). "
          "Could I walk your bid team through it next week?", (5, 15)))
P("bait_and_switch_inmail", "fr", "Armand Kaboré", "Secrétaire général | Club des Ingénieurs-Conseils Francophones d'Afrique", "Ouagadougou",
  ("inm", "Invitation – Club des Ingénieurs-Conseils", "Monsieur le Directeur, le Club réunit, sur cooptation, les bureaux d'études actifs en "
          "Afrique de l'Ouest et du Centre. Votre nom a été proposé par un de nos membres. Nous serions honorés de vous compter parmi nous."),
  ("inm", "Finalisation de votre adhésion", "Monsieur le Directeur, suite à votre accord de principe, je vous transmets les modalités : droit "
          "d'entrée 750 000 FCFA et cotisation annuelle 1 200 000 FCFA, qui donnent accès aux fiches projets et au dîner annuel de Lomé. "
          "Le RIB est en pièce jointe. Bien à vous."))
P("bait_and_switch_inmail", "es", "Diego Santisteban", "Consultor en licitaciones internacionales", "Ciudad de México",
  ("inm", "Guía gratuita: licitaciones BID", "Hola Alex, armé una guía práctica (gratis, 40 páginas) sobre cómo puntúan los comités del BID las "
          "propuestas de consultoría: errores típicos, CVs, metodología. Si te sirve te la mando en PDF, nomás dime a qué correo."),
  ("inm", "Lo que sigue", "Qué tal, Alex, espero que la guía te haya servido. Te platico que el 3 de noviembre abro el taller \"Propuestas "
          "ganadoras BID/BM\" para equipos de licitación: cuatro sesiones, 850 USD por persona, 20% de descuento si inscribes a tres o más. "
          "¿Te aparto lugares?", (6, 20)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Luis Alberto Chávez", "Ingeniero de Proyectos | Supervisión de obras viales", "Lima",
  ("end",), ("end",),
  ("msg", "Alex, qué tal, te validé {skill} y un par más. Una consulta: ¿me podrías validar Supervisión de obras y Contratos FIDIC? Estoy "
          "postulando como especialista clave en una lista corta y ayuda que se vea. Gracias, hermano."))
P("endorse_me_back", "fr", "Awa Diarra", "Ingénieure hydraulicienne | Eau potable & assainissement", "Bamako",
  ("end",),
  ("msg", "Bonsoir Alex, je vous ai recommandé pour {skill}, c'est amplement mérité. Pourriez-vous à votre tour valider mes compétences en "
          "Hydraulique urbaine et Passation de marchés ? Je postule comme experte sur un projet Banque mondiale. Merci infiniment."))
P("endorse_me_back", "en", "Ahmed Farouk", "Freelance Bid Writer | MDB proposals", "Cairo",
  ("end",), ("end",),
  ("msg", "Hey Alex, just endorsed you for {skill}. Would you return the favour and endorse me for Proposal Writing and Technical Writing? "
          "Really helps freelancers like me get noticed. Thanks!"))
P("endorse_me_back", "es", "Nuria Castells", "Técnica de licitaciones | ex-Tavera", "Barcelona",
  ("end",),
  ("msg", "¡Hola Alex! Te he dado un par de validaciones en {skill}, que te las debía desde hace años 😄 ¿Me devolverías el favor con "
          "Licitaciones públicas y Excel? Estoy actualizando el perfil porque busco cambio. Un abrazo."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Bakary Keïta", "Intermédiaire – marchés publics et suivi administratif", "Bamako",
  ("inv", "Bonjour M. Morgan, je peux vous accompagner sur les marchés du ministère de l'Équipement au Mali : informations, contacts, suivi "
          "jusqu'au paiement. Commission raisonnable. Acceptez svp."),
  ("rem",),
  ("inm", "Sans réponse", "Monsieur, trois semaines sans la moindre réponse. Vous les bureaux européens, vous venez chercher nos marchés mais "
          "vous n'avez même pas la politesse de répondre à un Africain. C'est ce mépris qui vous fait perdre les appels d'offres face aux "
          "Chinois. Sachez-le."))
P("hostility_after_decline", "es", "Fabián Restrepo", "Traductor e intérprete EN-ES-FR", "Medellín",
  ("inv", "Hola Alex, traduzco propuestas técnicas para ingenierías que licitan afuera. ¿Conectamos?"),
  ("inm", "Sin respuesta", "Alex, veo que no aceptaste mi invitación. Está bien, pero uno pensaría que un director de desarrollo de negocio "
          "sabe lo que es la cortesía. Así les va con las licitaciones. Saludos."))
P("hostility_after_decline", "en", "Khalid Al-Zahrani", "Managing Partner | Desert Gate Business Services", "Jeddah",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Very disappointing", "Mr Alex, I sent you invitation two times and you did not even reply. In our culture ignoring a person is "
          "very rude. Do not expect to do business in the Kingdom with this attitude. Good luck."))
P("hostility_after_decline", "es", "Ramón Olazábal", "Socio | Consultoría de ingeniería y gestión de proyectos", "Madrid",
  ("inv", "Alex, llevo veinte años en Asia y ahora empiezo con el BID. ¿Tomamos un café y me cuentas cómo os organizáis con los socios locales?"),
  ("inm", "Compañerismo", "Ya veo que no te dignas a contestar a alguien que estaba en el sector antes de que tú acabaras la carrera. Mucho "
          "LinkedIn y mucha foto en foros del BID, pero de compañerismo, cero. Allá tú."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Wilmer Quispe Mamani", "Gerente | TopoAndes – Topografía y geodesia", "La Paz",
  ("msg", "Estimado Alex, un gusto saludarle. Somos TopoAndes, hacemos topografía con dron y GNSS para estudios viales en Bolivia y Perú. Para "
          "sus propuestas con la ABC podemos entrar como subcontratistas; le adjunto nuestras tarifas por kilómetro."),
  ("msg", "Alex, le reenvío las tarifas actualizadas para esta gestión. ¿Pudo revisarlas?"),
  ("msg", "Tres mensajes y ni un \"no, gracias\". Los españoles vienen a licitar a Bolivia y tratan a las empresas locales como si no "
          "existiéramos. Luego no se quejen cuando la UEP no les da el puntaje de participación local."))
P("hostility_connection", "en", "Oliver Pennington", "Director | Pennington Language Services – proposals & tenders", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! As promised at the Devex drinks, here's our rate card for French and Portuguese proposal translation: "
          "£0.11 a word, 72-hour turnaround. Want me to quote your next AfDB submission?"),
  ("msg", "Alex, you invited me to connect, then ignored two messages. Frankly that's poor form. I won't bother you again, but you might think "
          "about how you treat people you ask to know."))
P("hostility_connection", "fr", "Nassim Bouzid", "Consultant – représentation d'entreprises étrangères en Algérie", "Alger",
  ("msg", "Bonjour Si Alex, les marchés de l'ANESRIF sont ouverts aux groupements avec un partenaire algérien. Je peux vous trouver ce partenaire "
          "et suivre le dossier, honoraires 3 % plus frais. Je vous appelle quand ?"),
  ("msg", "Je vois. On vous propose du travail et vous ne répondez même pas. Avec cette mentalité vous ne ferez jamais rien en Algérie, c'est "
          "moi qui vous le dis."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Megan Fairclough", "Customer Success Lead | BidWatch Pro", "Manchester",
  ("msg", "Hi Alex, hope Q3 is treating you well! We've just added IsDB and CAF to BidWatch Pro, so you now get full coverage of the banks you "
          "bid with. Could I set up a refresher demo for your team?"),
  ("msg", "Hi Alex, circling back: our 25% renewal discount expires on Friday. Worth a quick chat before then?"))
P("connection_only_pitches", "es", "Alicia Montero", "Account Manager | Verbalia Traducciones", "Madrid",
  ("msg", "Buenos días Alex: ¿tenéis alguna oferta en francés en marcha? Este mes aplicamos tarifa plana en la traducción de propuestas técnicas."),
  ("msg", "Hola de nuevo, te cuento que ahora también maquetamos ofertas en formato BAD y Banco Mundial. ¿Hablamos 10 minutos?"),
  ("msg", "Alex, ¿te cuadra que te llame el martes para presentarte los packs anuales? Son los que mejor salen a las ingenierías."))
P("connection_only_pitches", "fr", "Jean-Baptiste Mbarga", "Consultant | Implantation d'entreprises en Afrique centrale", "Douala",
  ("msg", "Bonjour Monsieur Morgan, pour soumissionner au Cameroun il vous faut une représentation locale agréée. Nous proposons domiciliation, "
          "agrément MINTP et accompagnement administratif. Devis sur simple demande."),
  ("msg", "Bonjour, je me permets de vous relancer au sujet de notre offre d'accompagnement : tarif préférentiel pour les bureaux d'études "
          "espagnols ce trimestre."))
P("connection_only_pitches", "en", "Wanjiru Kamau", "Director | Savannah Geotech Ltd", "Nairobi",
  ("msg", "Hi Alex, Savannah Geotech does geotechnical investigations and lab testing across Kenya, Uganda and Tanzania. Day rates attached, "
          "and we're happy to sign exclusivity letters for your proposals."),
  ("msg", "Hello Alex, following up on my earlier note: we'd love to be on your team for the KeNHA bids. Can we schedule a call to discuss rates?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Sergio Pardo", "Fundador | OfertaLista – maquetación y edición de propuestas", "Valencia",
  ("msg", "Alex, pregunta rápida: ¿quién os maqueta las ofertas? Nosotros dejamos una propuesta técnica de 300 páginas lista para entregar en "
          "72 h, con los CVs en formato Banco Mundial. Si quieres te paso ejemplos."))
P("single_pitch", "en", "Hamza Qureshi", "Drone Survey & LiDAR | SkyMap Gulf", "Abu Dhabi",
  ("msg", "Hi Alex, we do LiDAR and photogrammetry surveys across the GCC at roughly half the cost of ground crews. If you've got road or "
          "pipeline design bids coming up in KSA or Oman, we'd be glad to quote."))
P("single_pitch", "fr", "Mariama Cissé", "Responsable commerciale | Espace Pro Almadies – coworking & domiciliation", "Dakar",
  ("msg", "Bonjour Alex, vous avez des missions au Sénégal ? Notre espace aux Almadies propose bureaux équipés et domiciliation pour bureaux "
          "d'études étrangers dès 180 000 FCFA/mois. Je vous fais une visite en vidéo ?"))
P("single_pitch", "es", "Andrés Felipe Ortiz", "Asesor de seguros | Pólizas de cumplimiento y seriedad de oferta", "Bogotá",
  ("msg", "Cordial saludo, Alex. Para sus propuestas en Colombia con INVÍAS y la ANI les gestionamos las pólizas de seriedad y cumplimiento en "
          "24 horas con las mejores aseguradoras. Quedo atento para cotizarles."))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Oumar Sangaré", "Spécialiste en passation des marchés | Banque africaine de développement", "Abidjan",
  ("end",),
  ("msg", "Bonjour Alex, comme promis à Madrid : la Banque organise le 24 un atelier gratuit en ligne pour les consultants sur le cadre de "
          "passation (en français et en anglais). L'inscription se fait sur la page Procurement du site. Vos équipes d'offres y trouveront "
          "des réponses aux questions sur les plaintes et les débriefings."))
P("connection_brings_value", "es", "Beatriz Aranguren", "Directora de Desarrollo de Negocio | Ingeniería Lurgain", "Madrid",
  ("msg", "Alex, para que lo tengas: ha salido la lista corta de la supervisión de la línea 2 del Metro de Quito. Estáis vosotros, nosotros, "
          "dos coreanas y una francesa. Te paso el enlace a la publicación. Si quieres, hablamos antes de la solicitud de propuestas por si "
          "tiene sentido ir juntos en algo."),
  ("msg", "Por cierto, el informe de evaluación de la de Guayaquil ya es público: os dieron 86 en metodología y perdisteis en el CV del "
          "jefe de equipo. Te lo adjunto, te servirá para la próxima."))
P("connection_brings_value", "es", "Gonzalo Ibarra", "Gerente General | Ibarra & Asociados Ingenieros", "Santiago de Chile",
  ("msg", "Hola Alex, te mando el borrador del acuerdo de consorcio para lo del MOP con nuestras observaciones en rojo, sobre todo en el reparto "
          "de responsabilidades. Ojo con la cláusula de liderazgo: las bases piden que el líder tenga al menos el 51%. ¿Lo vemos el jueves?"))
P("connection_brings_value", "en", "Samir Haddad", "Water Sector Advisor | former PIU Director", "Amman",
  ("msg", "Alex, happy to make the introduction I mentioned. Dr. Lina Odeh runs the PIU for the Aqaba–Amman supervision package and would like "
          "to hear from firms with desalination references before the REOI goes out. I've copied you both on an email; take it from there."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Ainsworth", "Director, Infrastructure Practice | Halden Search", "London",
  ("inm", "International BD Director – Middle East (Riyadh)", "Hi Alex, I'm retained by a European engineering consultancy to find their BD "
          "Director for the Middle East, based in Riyadh with a team of six bid managers. They want someone who has won MDB and government "
          "work and can build JV partnerships. The package is strong and tax-free. Open to a confidential chat?"))
P("stranger_inmail_recruiter", "fr", "Clémence Ouattara", "Responsable recrutement | Kalis Ingénierie", "Abidjan",
  ("inm", "Directeur de la filiale Afrique de l'Ouest – Abidjan", "Bonjour M. Morgan, Kalis Ingénierie recrute le directeur de sa filiale "
          "d'Abidjan (15 ingénieurs, portefeuille BAD et Banque mondiale). Votre parcours en développement commercial sur l'Afrique "
          "francophone correspond à ce que cherche la direction. Seriez-vous disponible pour un premier échange confidentiel ?"))
P("stranger_inmail_recruiter", "es", "Marta Echevarría", "Headhunter | Infraestructuras y Energía", "Madrid",
  ("inm", "Director/a de Licitaciones Internacionales", "Hola Alex, llevo en exclusiva la búsqueda de un director/a de licitaciones "
          "internacionales para un grupo constructor español con presencia en Perú, Chile y Marruecos. Reporta al consejero delegado. "
          "¿Te cuento más? Todo con total confidencialidad."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Bradley Coates", "Partnerships | ProposalPilot AI", "Austin",
  ("inm", "Cut proposal prep time by 60%", "Hi Alex, bid teams at engineering consultancies use ProposalPilot to auto-draft methodology "
          "sections and tailor CVs to each ToR. 20 minutes next week to show you?"),
  ("inm", "Following up", "Hi Alex, floating this back up. We're giving three free seats to MDB bidders this quarter; all it takes is a "
          "qualification call. Does Thursday work?"))
P("stranger_inmail_sales", "fr", "Ndèye Fatou Mbaye", "Responsable développement | Teranga Création d'Entreprises", "Dakar",
  ("inm", "Implantation au Sénégal", "Bonjour, nous accompagnons les bureaux d'études étrangers dans la création de leur succursale au "
          "Sénégal (NINEA, registre du commerce, agréments). Délai trois semaines, prix forfaitaire. Puis-je vous envoyer notre offre ?"))
P("stranger_inmail_sales", "es", "Ricardo Salvatierra", "Director Comercial | LicitAlert América", "Lima",
  ("inm", "Alertas de licitaciones en 14 países", "Estimado Alex, LicitAlert monitorea 14 portales de compras públicas de Latinoamérica más "
          "BID, BM y CAF, con resúmenes en español. Para ingenierías tenemos plan corporativo desde 190 USD/mes. ¿Le agendo una demo?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Sophie Delacroix-Nadal", "Traductrice technique FR-ES-EN | ingénierie & BTP", "Lyon",
  ("inv", "Bonjour Alex, traductrice dans l'ingénierie, j'ai compilé un glossaire FR-ES-EN des termes FIDIC et des DAO de la BAD (1 200 "
          "entrées) que je partage gratuitement avec les équipes d'offres. Je vous l'envoie ?"),
  ("msg", "Comme promis, voici le lien vers le glossaire (Excel, libre d'usage en interne). N'hésitez pas si un terme manque."),
  ("msg", "Bonjour Alex, j'espère que le glossaire sert à vos équipes ! Je lance mes forfaits de traduction d'offres : 0,09 €/mot, relecture "
          "par un ingénieur incluse, et priorité aux contacts qui utilisent le glossaire. Je vous fais un devis pour votre prochaine DP ?"))
P("good_turns_ugly", "es", "Christian Paredes", "Jefe de Propuestas | consultoría vial", "Lima",
  ("inv", "Alex, qué tal. Vi que postularon a la supervisión de la Longitudinal de la Sierra. El MTC va a sacar el tramo 4 en abril; si "
          "quieres te paso lo que sé del presupuesto referencial y del equipo clave que piden."),
  ("msg", "Te paso lo prometido: el TdR preliminar y la lista de especialistas. Ojo que piden especialista en puentes con 10 años. "
          "Cualquier cosa me escribes."),
  ("msg", "Alex, te hablo claro: para estos concursos les conviene un representante local que mueva las cosas en el MTC. Yo lo hago, 3% "
          "de comisión sobre el contrato, pagadero a la adjudicación. Si te interesa lo formalizamos esta semana.", (10, 30)))
P("good_turns_ugly", "en", "Kofi Boateng", "Senior Engineer | Roads & Bridges", "Kumasi",
  ("inv", "Hello Alex, bridge engineer in Kumasi here. I saw your talk on the AfDB procurement webinar. I have GHA's published list of bridge "
          "rehabilitation packages for 2025, useful if you're looking at Ghana. Happy to share."),
  ("msg", "Here is the list I mentioned, with estimated values and the funding source for each package. The two in the Northern Region go out first."),
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill}. Please could you also endorse me for Bridge Engineering and Project Management? I am applying "
          "for a key expert position and it would help a lot. God bless."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Imogen Blakeley", "Sales Lead, EMEA | dgIntel Tender Alerts", "London",
  ("inm", "Tender alerts for Tavera", "Hi Alex, dgIntel covers every MDB-funded consulting opportunity in Africa and Latin America, with "
          "shortlists and award data. Teams your size usually start on our Growth plan. Could we do a 15-minute demo?"),
  ("inv", "Hi Alex, saw your comment on the Devex thread about rated criteria, spot on. Would be great to connect."))
P("reinvite_known_bad", "es", "Fernando Gil Arrieta", "Consultor | Internacionalización de empresas", "Zaragoza",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, estuvimos en la misma mesa en la jornada de CESCE sobre financiación multilateral. ¿Conectamos?"))
P("reinvite_known_bad", "fr", "Moussa Coulibaly", "Agent commercial | Niger & Burkina", "Niamey",
  ("inv", "Bonjour M. Morgan, je vous propose mes services d'agent pour les marchés au Niger : suivi des dossiers, relations avec les "
          "cellules de projets. Commission au succès uniquement. Merci de me revenir."),
  ("inv", "Bonjour M. Morgan, bonne et heureuse année ! Je souhaite simplement garder le contact avec vous."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Mauricio Lagos", "Agente comercial | Centroamérica", "Tegucigalpa",
  ("inv", "Alex, represento a ingenierías españolas ante el gobierno hondureño, con 4% de éxito sobre lo adjudicado. ¿Hablamos?"),
  ("inm", "Así son", "Ya veo cómo son: mucha cooperación y mucho BID en las conferencias, pero a los de aquí no nos contestan ni el saludo. "
          "Arrogancia pura."),
  ("inv", "Hola Alex, hace tiempo que no hablamos. Me gustaría retomar el contacto, hay proyectos nuevos en Honduras."))
P("reinvite_known_ugly", "en", "Dr. Yasmin Farag", "Water Engineer | Bid Consultant", "Cairo",
  ("inm", "Question from a fellow engineer", "Hi Alex, I'm a water engineer in Cairo and I'm curious how your firm structured its JV for the "
          "Jordan REOI last year. Do you usually lead or join? I would value your view."),
  ("inm", "Re: JV question", "Thanks for the reply! Incidentally, I also run a bid-support consultancy: we write technical proposals for "
          "Egypt and Jordan bids at a fixed fee of USD 7,500. Shall I send references?"),
  ("inv", "Hello Alex, I would like to add you to my network."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Peter Njoroge", "BD Manager | Rift Engineering Consultants", "Nairobi",
  ("acc",),
  ("msg", "Thanks for connecting Alex, good to meet at the AfDB Annual Meetings. As discussed, Rift can provide surveyors, ESIA specialists "
          "and resident engineers for any East Africa bid. Our day rates are attached; let me know when you want a quote."))
P("user_invited_pitch_once", "es", "Lorena Vidal", "Corredora de seguros | Caución y crédito internacional", "Madrid",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Al hilo de lo que hablamos en el ICEX: podemos sustituir vuestros avales bancarios por seguros de "
          "caución en las licitaciones del BID y liberar líneas. ¿Te preparo una propuesta con condiciones?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Salim Al-Balushi", "Commercial Agent | Tender Board registrations", "Muscat",
  ("acc",),
  ("msg", "Dear Alex, thank you for the invitation, nice meeting you at the Big 5 show. As promised, our agency services for the Tender Board: "
          "registration, local partner and follow-up with ministries, for 3% on awarded contracts. Shall we sign an agency agreement?"),
  ("msg", "Dear Alex, kindly advise on the agency agreement. Several consultants are waiting and I want to give Tavera the priority."))
P("user_invited_pitch_twice", "fr", "Laurent Vasseur", "Directeur commercial | Tenders Afrique Pro – veille appels d'offres", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme évoqué au salon, je vous ouvre un essai de notre veille appels d'offres Afrique francophone. "
          "L'abonnement annuel est ensuite à 2 400 € HT."),
  ("msg", "Bonjour Alex, votre essai se termine demain. Voulez-vous que je vous envoie le bon de commande ?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Dr. Nadia Benslimane", "Procurement Officer | Islamic Development Bank", "Jeddah",
  ("acc",),
  ("msg", "Thank you for the invitation, Alex. As promised after the session in Jeddah, here is the link to the 2025 procurement plan and the "
          "registration page for the free consultants' briefing in October. Happy to answer eligibility questions if you have any."))
P("user_invited_value", "es", "Paola Rentería", "Ingeniera | Socia fundadora, Rentería Ingenieros", "Cali",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por conectar. Te adjunto los CV de los cinco especialistas locales que te comenté (hidráulica, ambiental, "
          "social, predial y tránsito), todos con experiencia en proyectos BID. Si os encajan para lo de Buenaventura, vamos en consorcio."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Eduardo Mejía Zelaya", "Coordinador | Unidad Ejecutora de Proyectos viales", "Tegucigalpa", ("acc",))
P("acceptance_only", "fr", "Rachid Ouazzani", "Chef de division | Direction des routes", "Rabat", ("acc",))
P("lone_endorsement", "es", "Lucas Ferreyra", "Ingeniero hidráulico", "Córdoba", ("end",))
P("lone_endorsement", "en", "Tunde Adeyemi", "Quantity Surveyor | Infrastructure", "Lagos", ("end",))


# ------------------------------------------------------------------------- checks on the notes
for _sc, _lang, _name, _hl, _loc, _nl, _steps in PEOPLE:
    for _st in _steps:
        if _st[0] == "inv" and _st[1] not in (DEFAULT, NONOTE):
            assert len(_st[1]) <= 300, (_name, len(_st[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Mamadou Lamine Faye", "ml.faye@sahel-ingenierie.example.sn", "Groupement RN1 – note de présentation",
     "Bonjour M. Morgan,\n\nJe vous ai envoyé une invitation sur LinkedIn, mais je préfère doubler par courriel : vous trouverez ci-joint la note "
     "de présentation du projet et nos références. La date limite de dépôt est fixée au 14.\n\nBien à vous,\nMamadou Lamine Faye", "fr"),
    ("Marta Ruiz – Tavera Ingeniería", "m.ruiz@tavera-ing.example.es", "Ojo con el agente de Guinea",
     "Alex,\n\nel señor de Conakry que pide el 5% también me ha escrito a mí por LinkedIn. Legal dice que nada de comisiones sin due diligence "
     "previa, así que mejor no contestarle.\n\nMarta", "es"),
    ("Tecniberia", "eventos@tecniberia.example.es", "Jornada: licitaciones del Banco Africano de Desarrollo – inscripción abierta",
     "Estimado socio:\n\nle invitamos a la jornada del 20 de mayo en Madrid con la oficina de adquisiciones del BAD. Aforo limitado. "
     "Comparta el evento en LinkedIn con #IngenieríaEspañola.\n\nTecniberia", "es"),
    ("dgMarket Alerts", "alerts@tenders-digest.example.com", "12 new consulting tenders matching your profile",
     "Hello Alex,\n\n12 new consulting opportunities match your saved search (roads, supervision, Africa). Upgrade to see the full notices. "
     "Follow us on LinkedIn for weekly procurement tips.", "en"),
    ("Oliver Pennington", "oliver@pennington-ls.example.co.uk", "Rate card as discussed",
     "Hi Alex,\n\nFollowing our chat at the Devex drinks, attaching our rate card. I've also sent you a note on LinkedIn.\n\nBest,\nOliver", "en"),
    ("Comunicación Tavera", "comunicacion@tavera-ing.example.es", "Nuevo logo: actualizad vuestros perfiles",
     "Hola a todos,\n\nya está disponible el nuevo logo. Os pedimos que actualicéis la imagen de portada y el cargo en vuestro perfil de "
     "LinkedIn antes del viernes.\n\nGracias,\nComunicación", "es"),
    ("Hana Qasem", "hqasem@worldbank.example.org", "Procurement clinic for consulting firms – 18 June",
     "Dear Alex,\n\nFurther to my LinkedIn invitation, please find the agenda of the clinic and the registration link. The session is free "
     "and will be recorded.\n\nBest regards,\nHana", "en"),
    ("Cellule d'exécution – PASEA", "cellule.pasea@projet-eau.example.ci", "Avis de présélection – résultats",
     "Monsieur,\n\nNous avons l'honneur de vous informer que votre groupement a été retenu sur la liste restreinte. La demande de propositions "
     "vous parviendra par courrier électronique officiel ; aucune correspondance ne sera adressée via LinkedIn ou WhatsApp.\n\nLe Coordonnateur", "fr"),
    ("Ana Beltrán", "a.beltran@tavera-ing.example.es", "Fwd: Khalid Al-Zahrani wants to connect",
     "Alex, reenvío esta invitación de LinkedIn que me ha llegado a mí también, del agente de Jeddah. ¿Le conoces?\n\n"
     "---------- Forwarded message ----------\nKhalid Al-Zahrani wants to connect\nManaging Partner | Desert Gate Business Services", "es"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot eighty-fourth development corpus (dev84). Generated by scripts/make_corpus_dev84.py (seed {SEED}); do not edit by hand.",
          "# Alex as business development director of a Spanish engineering consultancy bidding for MDB-funded tenders in Latin America, Africa "
          "and the Middle East: partner firms proposing consortia, local agents asking for commissions, subcontractors, bank procurement "
          "officers, tender-alert sellers, translators, peers sharing intelligence; Spanish, English and French. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev84", SEED, PEOPLE, FOREIGN, spoofs=13, other=12, header=HEADER)
