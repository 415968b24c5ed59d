#!/usr/bin/env python3
"""Write mailbot's dev185 corpus: tests/corpus/dev185/*.eml + expected.toml.

The angle: two ordinary months of 2018 (March to May) of the user Alex, who owns a small
furniture workshop in Porto that exports to Spain and France, so Alex sells as well as buys.
Interior designers and hotel buyers asking for quotes or samples, CNC and edge-banding machine
sellers, lead-generation and export "consultants", apprentices asking for a place, craft-guild
peers sharing fairs and free workshops, organisers selling paid trade-fair stands, a commercial
agent who turns rude after being refused. Spanish, French and English, some Italian and German;
most mail in the 2016 layout (forced per person), a few in the current one.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Dates, the recipient headline, endorsement skills, job-alert titles,
PYMK and spoof-only headlines, other-mail subjects and spoof pitches are swapped for this world
in this process only. Notes were written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev185.py              # writes tests/corpus/dev185
    python scripts/make_corpus_dev185.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20180305

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402


# ------------------------------------------------------------------ 2018 dates (this process only)
def _start_date(self, era: str) -> datetime:
    lo = datetime(2018, 3, 1, 7, 0, tzinfo=timezone.utc)
    return lo + timedelta(seconds=self.r.randint(0, 40 * 86400))


mc.Gen.start_date = _start_date

# ------------------------------------------------------------------ furniture-workshop world
RHEAD = {"en": "Owner at Morgan Marcenaria – bespoke furniture, Porto", "de": "Inhaber bei Morgan Marcenaria – Möbelmanufaktur, Porto",
         "fr": "Gérant chez Morgan Marcenaria – mobilier sur mesure, Porto", "es": "Propietario en Morgan Marcenaria – muebles a medida, Oporto",
         "it": "Titolare presso Morgan Marcenaria – mobili su misura, Porto"}
SKILLS = {
    "en": ["Furniture Making", "Woodworking", "Cabinetry", "Export", "Interior Design", "Solid Wood Joinery"],
    "de": ["Möbelbau", "Holzbearbeitung", "Tischlerei", "Export", "Innenausbau"],
    "fr": ["Ébénisterie", "Menuiserie", "Agencement", "Export", "Mobilier sur mesure"],
    "es": ["Ebanistería", "Carpintería", "Mobiliario a medida", "Exportación", "Interiorismo"],
    "it": ["Falegnameria", "Arredamento su misura", "Lavorazione del legno", "Export", "Design d'interni"],
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEAD[_l]
mc.JOBS[:] = [("Jefe de taller de carpintería", "Grupo Hotelero Atlántico"), ("Production Manager – Contract Furniture", "Harrow Interiors"),
              ("Responsable d'atelier ébénisterie", "Maison Verdier"), ("Tischlermeister (m/w/d)", "Holzwerk Ammersee"),
              ("Capo reparto falegnameria", "Arredo Contract Brianza")]
mc.COMPANIES["good"] = ["Hotel Miramar Group", "Atelier Lenoir Intérieurs", "Estudio Arenal", "Gremio de Artesanos de la Madera", "AIMMP",
                        "Casa Bordalo", "Studio Ferri Architetti", "Raumwerk Architekten"]
mc.COMPANIES["sales"] = ["HolzTech CNC", "LeadNest", "ExpoMueble Stands", "Cliquei Marketing", "FactorPlus", "WoodERP", "ShowroomPro"]
mc.HEADLINES["good"] = ["Interior Designer at {co}", "Purchasing Manager | {co}", "Cabinetmaker | {co}", "Head of FF&E, {co}",
                        "Architect at {co}", "Apprentice carpenter"]
mc.HEADLINES["sales"] = ["Sales Engineer Iberia | {co}", "Growth Partner at {co}", "Trade Fair Sales | {co}", "Founder @ {co} | B2B leads",
                         "Export Consultant | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, the hotel sent the purchase order for the headboards through LinkedIn. Sign in to download it before Friday.",
           "Dear {first}, payment for invoice 2018-114 is on hold. Confirm your bank details here to release it."],
    "de": ["Hallo {first}, die Bestellung für die Nachttische liegt im Anhang. Bitte anmelden, um sie zu öffnen.",
           "Guten Tag {first}, Ihre Zahlung wurde zurückgehalten. Bitte bestätigen Sie Ihre Kontodaten."],
    "fr": ["Bonjour {first}, voici le bon de commande pour les chevets. Connectez-vous pour le télécharger.",
           "Bonjour {first}, votre virement est bloqué. Merci de confirmer vos coordonnées bancaires ici."],
    "es": ["Hola {first}, te paso el pedido del hotel para los cabeceros. Inicia sesión para descargarlo.",
           "Estimado {first}, su pago está retenido. Confirme sus datos bancarios en este enlace."],
    "it": ["Ciao {first}, ti ho inviato l'ordine per i comodini. Accedi per scaricare il PDF.",
           "Gentile {first}, il suo bonifico è sospeso. Confermi i dati bancari qui."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": dict(job=("{n} new jobs for \"workshop manager\"", "Your job alert for workshop manager in {city}"),
               news="Is flat-pack killing the small furniture maker?", group="Top conversations in Furniture Makers & Joiners",
               newsletter="The Joinery Letter: pricing custom work without losing your shirt"),
    "de": dict(job=("{n} neue Jobs für „Werkstattleiter“", "Ihr Jobalarm für Werkstattleiter in {city}"),
               news="Möbelbranche: Fachkräftemangel im Handwerk", group="Top-Unterhaltungen in Tischler & Schreiner Netzwerk",
               newsletter="Werkbank-Brief: Kalkulation im Objektgeschäft"),
    "fr": dict(job=("{n} nouvelles offres pour « chef d'atelier »", "Votre alerte emploi pour chef d'atelier à {city}"),
               news="Le mobilier français face à l'import : la fin des petits ateliers ?", group="Meilleures discussions dans Ébénistes & Agenceurs",
               newsletter="Copeaux : la lettre des artisans du bois"),
    "es": dict(job=("{n} empleos nuevos de «jefe de taller»", "Tu alerta de empleo de jefe de taller en {city}"),
               news="El contract hotelero tira del mueble español", group="Conversaciones destacadas en Carpintería y Mueble",
               newsletter="Viruta: boletín para talleres de madera"),
    "it": dict(job=("{n} nuove offerte per «capo falegname»", "Il tuo avviso di lavoro per capo falegname a {city}"),
               news="Salone del Mobile: chi sono i nuovi compratori?", group="Conversazioni principali in Falegnami e Arredatori",
               newsletter="Truciolo: la newsletter dei mobilieri"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
ERAS: dict[str, str] = {}
CUR = {"Kevin Ashworth", "Lena Baumgart", "Jordi Puigvert", "Noah Pritchard", "Giada Orsini", "Thibaut Marechal", "Rui Cardoso"}

# =============================================================== good_invitation
P("good_invitation", "es", "Covadonga Suárez", "Responsable de Compras FF&E | Hotel Miramar Group", "Gijón",
  ("inv", "Hola Alex, reformamos 42 habitaciones del hotel de Gijón en otoño y buscamos cabeceros y mesillas en roble macizo. "
          "Me pasó tu contacto una interiorista de Vigo. ¿Podrías mandarme presupuesto si te paso los planos?"),
  ("rem",))
P("good_invitation", "fr", "Apolline Verdier", "Architecte d'intérieur | Atelier Lenoir Intérieurs", "Bordeaux",
  ("inv", "Bonjour, j'ai vu vos tables en châtaignier au salon de Biarritz. J'ai un client (maison d'hôtes, 8 chambres) qui veut du massif fait main. "
          "Pourriez-vous m'envoyer votre grille tarifaire et des délais pour le Sud-Ouest ?"))
P("good_invitation", "en", "Callum Fraser", "Apprentice joiner | looking for a placement", "Aberdeen",
  ("inv", "hi Alex, I'm in my 2nd year of a joinery apprenticeship in Aberdeen and can do 3 months abroad through Erasmus+ (fully funded, you don't pay anything). "
          "Would your workshop take someone? I can send photos of my work"), ("rem",))
P("good_invitation", "it", "Ottavio Benassi", "Ebanista | Consigliere, Associazione Artigiani del Legno", "Cantù",
  ("inv", "Ciao Alex, quest'anno al raduno degli artigiani di Cantù abbiamo una sezione per le botteghe straniere, entrata e tavoli gratuiti per chi espone. "
          "Ti giro il programma se ti interessa, ci sarebbe anche qualche compratore svizzero."))
P("good_invitation", "es", "Iria Lamas", "Técnica de formación | Asociación Galega da Madeira", "Santiago de Compostela",
  ("inv", "Buenas Alex! El 19 de abril hacemos en Santiago una jornada gratuita sobre marcado CE y normativa de mobiliario para hoteles. "
          "Como hay talleres portugueses interesados, te guardo plaza si quieres."))
P("good_invitation", "de", "Lena Baumgart", "Architektin | Raumwerk Architekten", "Freiburg",
  ("inv", "Hallo Alex, wir planen ein kleines Hotel im Schwarzwald und suchen eine Werkstatt für die Einbaumöbel in Eiche. "
          "Könnten Sie ein Angebot für ca. 20 Zimmer machen? Grundrisse schicke ich gern."))

# =============================================================== default_invitation
P("default_invitation", "es", "Fermín Arregui", "Comercial | Herrajes y accesorios", "Vitoria", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Ludovic Ferrand", "Directeur commercial | Négoce de bois", "Limoges", ("inv", DEFAULT))
P("default_invitation", "en", "Kevin Ashworth", "Business Development | Furniture Logistics", "Birmingham", ("inv", NONOTE), ("rem",))

# =============================================================== sales_invitation
P("sales_invitation", "de", "Holger Brandstätter", "Vertriebsingenieur Iberia | HolzTech CNC", "Rosenheim",
  ("inv", "Guten Tag Herr Morgan, viele kleine Werkstätten in Portugal steigen gerade auf CNC-Nesting um. Unsere HT-1325 gibt es jetzt mit Leasing ab 690 €/Monat. "
          "Darf ich Sie nächste Woche in Porto besuchen und sie vorführen?"))
P("sales_invitation", "en", "Noah Pritchard", "Founder @ LeadNest | B2B leads for makers", "Manchester",
  ("inv", "Alex, we fill furniture makers' calendars with qualified hotel & architect leads - 15 booked meetings a month or you don't pay. "
          "Open to a 10 min chat?"))
P("sales_invitation", "fr", "Sandrine Pelletier", "Chargée de commercialisation | Salon Maison & Bois Paris", "Paris",
  ("inv", "Bonjour Alex, il nous reste quelques stands de 9 m² dans le pavillon Artisans d'art pour septembre. Tarif exposant étranger : 3 200 € HT. "
          "Je vous envoie le dossier ?"), ("rem",))
P("sales_invitation", "it", "Mirko Zanetti", "Export Finance | FactorPlus", "Treviso",
  ("inv", "Buongiorno, aiutiamo le piccole aziende del mobile a incassare subito le fatture export con il factoring pro soluto. Le preparo una simulazione?"))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Anselmo Rivas", "Coordinador | Red Ibérica de Talleres Artesanos", "Salamanca",
  ("inv", "Hola Alex, estamos juntando una red de talleres artesanos de España y Portugal para compartir proveedores de madera certificada y contactos. "
          "Sin cuotas, solo ganas de colaborar. ¿Te unes?"),
  ("msg", "Gracias por aceptar! Te cuento: la red tiene espacio propio en la feria Hábitat de Valencia. Stand compartido de 6 m² por 2.450 € + IVA, "
          "quedan tres. ¿Te reservo uno?", (4, 12)),
  ("msg", "Alex, ¿has podido mirarlo? Mañana cierro la lista de expositores de la red.", (3, 8)))
P("bait_and_switch_invitation", "en", "Harriet Mills", "Export mentor | Helping artisans sell in France", "Bristol",
  ("inv", "Hi Alex, I put together a free 20-page guide on selling handmade furniture into France (VAT, eco-participation, delivery). "
          "Happy to send it over - no strings."),
  ("msg", "Glad we connected! Before the guide: I run a 12-week export accelerator for makers, £1,900, next cohort starts 2 April. "
          "Want me to hold you a spot? The guide is bonus material inside the programme.", (2, 6)))
P("bait_and_switch_invitation", "fr", "Gaël Kerjean", "Ébéniste | Vernis & finitions", "Quimper",
  ("inv", "Salut Alex, ébéniste aussi ici. Petite question de métier : tu finis tes plateaux en châtaignier à l'huile dure ou au vernis ? "
          "J'ai des soucis de taches sur les tables de restaurant."),
  ("msg", "Merci pour la connexion ! Du coup je te présente notre gamme : je suis distributeur d'un vernis polyuréthane pro, -20 % sur la première commande "
          "de 50 litres. Je t'envoie le tarif ?", (3, 10)))
P("bait_and_switch_invitation", "it", "Rossella Amato", "Community manager | Circolo Artigiani del Mediterraneo", "Bari",
  ("inv", "Ciao Alex, ti invito nel nostro circolo di artigiani del legno del Mediterraneo: ci scambiamo consigli, fornitori e commesse. Niente vendite, promesso!"),
  ("msg", "Benvenuto! Una cosa veloce: per i membri abbiamo una convenzione con un consulente finanziario per piani pensionistici per artigiani. "
          "Ti fisso una call con lui giovedì?", (5, 14)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Jordi Puigvert", "Periodista | Revista Oficio y Madera", "Barcelona",
  ("inm", "Reportaje sobre talleres portugueses", "Hola Alex, preparo un reportaje sobre talleres de mueble del norte de Portugal que exportan a España. "
          "¿Te puedo hacer unas preguntas para la revista?"),
  ("inm", "Re: Reportaje sobre talleres portugueses", "Genial, gracias. Para salir en el reportaje hay una opción de contenido patrocinado: página completa "
          "con fotos por 1.200 €. Con eso aseguramos tu aparición. ¿Te paso la tarifa?"))
P("bait_and_switch_inmail", "en", "Marcus Oyelaran", "Hotel Development Consultant", "London",
  ("inm", "Boutique hotel project - furniture", "Hello Alex, I'm advising on a 60-key boutique hotel in Lisbon and we're shortlisting Portuguese workshops for loose furniture. "
          "Could you share your portfolio?"),
  ("inm", "Shortlist next step", "Thanks for the portfolio, looks great. To be on the developer's approved supplier list there's a registration and vetting fee of €850. "
          "Once paid I'll put your name forward. Invoice attached?"),
  ("inm", "Shortlist closes Friday", "Alex, just checking on the vetting fee. Two other workshops have paid, I'd hate for you to miss out."))
P("bait_and_switch_inmail", "fr", "Corinne Abadie", "Chargée d'études | Observatoire du mobilier artisanal", "Toulouse",
  ("inm", "Enquête sur les ateliers exportateurs", "Bonjour, nous menons une enquête sur les ateliers de mobilier qui exportent vers la France. "
          "10 minutes de questionnaire, et vous recevrez la synthèse gratuite."),
  ("inm", "Merci + proposition", "Merci pour vos réponses ! Au vu de votre profil, notre cabinet vous propose un accompagnement à la prospection des hôtels "
          "français : 3 mois, 4 500 € HT. On en parle cette semaine ?"))

# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Toño Bermúdez", "Carpintero | Cocinas a medida", "Ourense",
  ("end",), ("end",),
  ("msg", "Qué pasa Alex, te he validado {skill} y un par más. ¿Me devuelves el favor con Carpintería y Cocinas? Estoy moviendo el perfil para pillar obra. Un abrazo"))
P("endorse_me_back", "en", "Daisy Whitfield", "Upholsterer | Soft furnishings", "Norwich",
  ("end",),
  ("msg", "Hiya Alex! Endorsed you for {skill}, you deserve it :) would you mind endorsing me for Upholstery and Soft Furnishings when you get a sec? x"))
P("endorse_me_back", "fr", "Maxence Delorme", "Agenceur | Menuiserie Delorme", "Angers",
  ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé pour {skill}. Si vous pouviez me valider Agencement de magasins en retour, ce serait top. Bonne journée"))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Thibaut Marechal", "Agent commercial multicartes | Mobilier & décoration", "Lyon",
  ("inv", "Bonjour Alex, agent commercial sur tout le quart Sud-Est, je représente déjà 6 fabricants. Je peux placer votre gamme chez 40 revendeurs, commission 15 %."),
  ("rem",),
  ("inm", "Votre refus", "Je vois que vous avez décliné. Franchement, pour un petit atelier de province, refuser un agent qui vous ouvre la France, c'est "
          "de l'amateurisme. Vous ferez moins les fiers quand vos tables prendront la poussière."))
P("hostility_after_decline", "es", "Rebeca Quiroga", "Comercial | Maderas Quiroga", "Lugo",
  ("inv", DEFAULT),
  ("inm", "?", "Vaya, ni aceptar la invitación. Los portugueses siempre tan estirados con los gallegos. No hace falta ser tan borde, hombre."))
P("hostility_after_decline", "en", "Grant Howell", "Sourcing Director | Howell Trade Partners", "Leeds",
  ("inv", "Alex, we source Iberian furniture for UK retailers. Connect and let's talk volumes."),
  ("inm", "Unbelievable", "Declined? Mate, I was offering you container loads. This is exactly why small workshops stay small. Your loss, honestly pathetic."))
P("hostility_after_decline", "de", "Uwe Kessler", "Inhaber | Kessler Messebau", "Nürnberg",
  ("inv", "Hallo Herr Morgan, ich baue Messestände für Handwerksbetriebe und würde mich gern vernetzen."),
  ("rem",),
  ("inm", "Ihre Absage", "Sehr geehrter Herr Morgan, dass Sie meine Anfrage kommentarlos ablehnen, finde ich ausgesprochen unhöflich. So behandelt man "
          "keine Kollegen aus dem Handwerk. Merken Sie sich das."))

# =============================================================== hostility_connection
P("hostility_connection", "es", "Eloy Carrasco", "Agente comercial | Mueble y contract", "Madrid",
  ("msg", "Alex, como te dije en Hábitat, puedo llevar vuestra línea a 25 tiendas de Madrid y Castilla. Comisión del 12 % y un fijo de 400 €/mes por muestrario. ¿Cerramos?"),
  ("msg", "Alex, ¿te lo has pensado? No tengo todo el año."),
  ("msg", "Mira, ya que me dices que no después de hacerme perder dos semanas, te lo digo claro: eres un maleducado y un aficionado. "
          "Ya me encargaré de que en Madrid se sepa cómo trabajáis."))
P("hostility_connection", "it", "Gino Ferracuti", "Agente di commercio | Arredo", "Pesaro",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento! Allora, per il mercato italiano ti propongo un mandato di agenzia in esclusiva per Marche e Romagna. Provvigione 10 %. Ci sentiamo?"),
  ("msg", "Dopo che MI hai chiesto tu il collegamento, un no secco via email? Che mancanza di rispetto. Con gente così non si lavora. Auguri."))
P("hostility_connection", "en", "Darren Coyle", "Account Manager | ShowroomPro", "Dublin",
  ("msg", "Alex, ShowroomPro puts your furniture in a 3D online showroom hotel buyers can browse. £149/month, first month free. Demo Tuesday?"),
  ("msg", "Following up on ShowroomPro, any thoughts?"),
  ("msg", "Three messages and not a word back. Honestly, it's rude and lazy. No wonder your website looks like 2009."))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Sebastian Pfleger", "Area Sales Manager | Kantenanleimmaschinen", "Stuttgart",
  ("msg", "Hallo Alex, zur Hannover-Messe Ligna haben wir Sonderkonditionen auf unsere Kantenanleimmaschine KA-200: 11 % Messerabatt. Soll ich ein Angebot schicken?"),
  ("msg", "Hallo Alex, unser Vorführgerät wird frei – 18.900 € statt 24.500 €. Interesse? Ich könnte es im Mai nach Porto liefern."))
P("connection_only_pitches", "en", "Priya Raman", "SEO & Ads for craftsmen | Cliquei Marketing", "Lisbon",
  ("msg", "Hi Alex, I Googled \"bespoke oak furniture Porto\" and you're on page 3. We can get you to page 1 in 90 days, €390/month. Quick call?"),
  ("msg", "Hey Alex, we've got a spring bundle: SEO + Instagram ads for €520/month. Want me to send the proposal?"),
  ("msg", "Last nudge from me - the spring bundle ends on Friday."))
P("connection_only_pitches", "fr", "Élise Montagnon", "Responsable partenariats | Salon Créateurs & Ateliers Lyon", "Lyon",
  ("msg", "Bonjour Alex, pour l'édition de novembre nous proposons aux ateliers étrangers un pack stand + visibilité catalogue à 2 700 €. Intéressé ?"),
  ("msg", "Alex, je reviens vers vous : tarif early-bird jusqu'au 30 avril, 2 350 € au lieu de 2 700 €. Je bloque l'emplacement ?"))
P("connection_only_pitches", "es", "Adrián Colmenero", "Consultor ERP | WoodERP", "Valladolid",
  ("msg", "Hola Alex, ¿seguís presupuestando en Excel? WoodERP calcula despiece, tableros y horas de taller en 2 minutos. Te enseño una demo cuando quieras."),
  ("msg", "Alex, este mes la licencia para talleres de menos de 10 personas sale a 59 €/mes. ¿Lo vemos el jueves?"))

# =============================================================== single_pitch
P("single_pitch", "it", "Fabiola Guerrieri", "Rappresentante | Colle e adesivi per legno", "Pordenone",
  ("msg", "Ciao Alex, ti mando il listino 2018 delle nostre colle vinyliche D3 e D4, per ordini sopra i 200 kg trasporto gratuito fino a Porto."))
P("single_pitch", "en", "Ben Hollis", "Insurance for tradespeople | Hollis Cover", "Cardiff",
  ("msg", "Alex, does your workshop insurance cover goods in transit to Spain and France? Most policies don't. I can quote you in 24h."))
P("single_pitch", "fr", "Nadège Robin", "Photographe culinaire & déco", "Nantes",
  ("msg", "Bonjour Alex, je fais des shootings produits pour les artisans du meuble. 12 photos détourées + 4 en ambiance pour 650 €. Dites-moi si ça vous intéresse."))

# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Montserrat Llobet", "Interiorista | Estudio Arenal", "Palma",
  ("msg", "Alex, ¡el cliente de Deià está encantado con las mesas! Quiere ahora 6 aparadores iguales para el restaurante. ¿Me haces presupuesto con el mismo acabado?"),
  ("msg", "Por cierto, te he recomendado a una compañera de Ibiza que está amueblando un agroturismo. Se llama Neus, te escribirá esta semana."))
P("connection_brings_value", "it", "Giada Orsini", "Falegname | Bottega Orsini", "Firenze",
  ("end",),
  ("msg", "Alex, ti passo il contatto della segheria in Friuli di cui ti parlavo: noce nazionale stagionato, prezzi onesti e spediscono anche in Portogallo. Di' che ti mando io."))
P("connection_brings_value", "fr", "Hervé Castagné", "Président | Compagnons ébénistes d'Aquitaine", "Pau",
  ("msg", "Salut Alex, la Nuit des métiers d'art aura lieu le 6 avril à Pau. Les ateliers invités exposent gratuitement, logement chez les compagnons. On t'attend ?"))
P("connection_brings_value", "en", "Sinead Gallagher", "Procurement | Harrow Hotels Ireland", "Galway",
  ("msg", "Hi Alex, the dining chairs arrived in perfect shape, thanks. We're opening the Kinsale property in September - can I send you the spec for 90 chairs to price?"))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Paloma Escudero", "Talent Acquisition | Grupo Hotelero Atlántico", "Madrid",
  ("inm", "Jefe de taller de mantenimiento y mobiliario", "Hola Alex, buscamos un jefe de taller para nuestro centro de mobiliario en Madrid (12 personas, fabricación y reparación "
          "para 30 hoteles). Contrato indefinido, 42-48k. ¿Te interesaría hablar?"))
P("stranger_inmail_recruiter", "fr", "Aurore Blanchet", "Recrutement | Maison Verdier", "Paris",
  ("inm", "Poste de responsable d'atelier", "Bonjour Alex, Maison Verdier recrute un responsable d'atelier ébénisterie à Saint-Ouen, CDI, équipe de 9. "
          "Votre parcours correspond bien. Seriez-vous ouvert à un premier échange ?"))
P("stranger_inmail_recruiter", "de", "Jonas Rieger", "Recruiting | Holzwerk Ammersee", "Herrsching",
  ("inm", "Tischlermeister gesucht", "Hallo Alex, wir suchen einen Tischlermeister als Produktionsleitung für unsere Objektmöbel. Umzugshilfe und Deutschkurs inklusive. Lust auf ein Gespräch?"))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Trevor Banks", "Director | Pallet & Crate Solutions", "Hull",
  ("inm", "Export crating", "Alex, heat-treated ISPM15 crates for your exports, made to measure, from £38 each. Send me your dimensions and I'll quote."),
  ("inm", "Crates - quick follow up", "Hi again, happy to include 10 free corner protectors on the first order. Shall I send a quote?"))
P("stranger_inmail_sales", "es", "Marisa Peñalver", "Directora | Ferias Contract Iberia", "Valencia",
  ("inm", "Stand en Hábitat", "Hola Alex, aún quedan stands en la zona de artesanía de Hábitat Valencia. 12 m² por 3.100 €. Te mando el plano?"))
P("stranger_inmail_sales", "it", "Loris Cattaneo", "Area Manager | Verniciatura robotizzata", "Bergamo",
  ("inm", "Impianto di verniciatura", "Buongiorno, proponiamo cabine di verniciatura compatte per piccole falegnamerie, installazione inclusa. Posso venire a Porto per un sopralluogo?"))
P("stranger_inmail_sales", "de", "Karin Möllenbeck", "Key Account | Leimholz Großhandel", "Bielefeld",
  ("inm", "Leimholzplatten zu Sonderpreisen", "Guten Tag, wir haben Eiche-Leimholzplatten A/B in 26 mm auf Lager, Sonderpreis bei Abnahme eines LKW. Interesse?"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Nicanor Pazos", "Ebanista | Presidente, Gremio de Artesanos de la Madera de Galicia", "Pontevedra",
  ("inv", "Alex, buenas. Desde el gremio montamos una salida conjunta a la feria de Zafra: cada taller lleva dos piezas, el transporte lo ponemos entre todos. "
          "¿Te apetece venir con nosotros?"),
  ("msg", "Aquí tienes la lista de talleres que van y el reparto del camión. Salimos el 12 de mayo desde Pontevedra."),
  ("msg", "Oye Alex, aparte del gremio, tengo una correduría de seguros. Te puedo mejorar la póliza del taller y la de la furgoneta, "
          "¿me pasas las actuales y te hago oferta?", (5, 15)))
P("good_turns_ugly", "en", "Oliver Stanhope", "Furniture maker | Stanhope & Daughters", "Bath",
  ("inv", "Alex - fellow maker from Bath. Saw your chestnut sideboard on Instagram, lovely dovetails. Would love to swap notes on finishing for hotel use."),
  ("msg", "Here's the finishing schedule we use for bar tops, 4 coats, 48h between. Works a treat."),
  ("end",),
  ("msg", "Cheers for the chat! Small favour - I've endorsed you for {skill}, could you endorse me for Furniture Design and Joinery? Trying to beef up my profile for a tender."))
P("good_turns_ugly", "fr", "Laure Dumoulin", "Fondatrice | Collectif Bois d'Ici", "Montpellier",
  ("inv", "Bonjour Alex, notre collectif organise une journée portes ouvertes gratuite entre ateliers du Sud pour visiter des scieries. Ça vous dirait d'en être ?"),
  ("msg", "Voici le programme de la journée et les contacts des deux scieries, n'hésitez pas à les appeler de ma part."),
  ("msg", "Alex, dernière nouvelle : le collectif lance une boutique en ligne commune. L'inscription est à 890 € puis 18 % de commission sur les ventes. Je vous inscris ?"))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Rui Cardoso", "Lead generation | Architects & hotels", "Lisbon",
  ("inm", "Hotel leads", "Alex, I have a list of 320 hotel projects in Spain with purchasing contacts. €490 for the full Excel. Interested?"),
  ("inv", "Hi Alex, great to see Portuguese craft doing so well abroad, let's connect!", (20, 35)))
P("reinvite_known_bad", "es", "Benigno Otero", "Comercial | Maquinaria para madera", "A Coruña",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, nos vimos en la jornada de la Asociación Galega, ¿conectamos?", (25, 40)))
P("reinvite_known_bad", "fr", "Cyrille Aubert", "Conseiller | Crédit-bail matériel", "Tours",
  ("inv", "Bonjour Alex, je finance le matériel des ateliers (CNC, plaqueuses) en crédit-bail sur 5 ans. Un rendez-vous pour une simulation ?"),
  ("inv", "Bonjour Alex, ravi de vous revoir dans mon fil, restons en contact !", (30, 45)))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Gerardo Villalba", "Comercial | Stands y ferias", "Zaragoza",
  ("inv", "Hola, vendo stands llave en mano para ferias de mueble. ¿Hablamos?"),
  ("inm", "En fin", "Ni contestar. Qué poca educación tenéis algunos artesanos, luego lloráis que no vendéis."),
  ("inv", "Alex, empezamos de cero? Me gustaría conectar.", (20, 35)))
P("reinvite_known_ugly", "en", "Sophie Kendrick", "Community lead | Makers Business Club", "Leicester",
  ("inm", "Makers' peer circle", "Hi Alex, I host a free monthly peer circle for small furniture workshops across Europe, online. Would you like an invite?"),
  ("inm", "Your place in the circle", "Great! Membership is €45/month and includes my pricing masterclass. Card link below to secure your seat."),
  ("inv", "Hi Alex, would be nice to be connected here too.", (20, 35)))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Lorena Vidal", "Interiorista | Vidal Interiores", "Valencia",
  ("acc",),
  ("msg", "Gracias por conectar Alex. Además del estudio tengo una tienda online de tiradores de latón; si quieres te hago un 15 % en tu primer pedido."))
P("user_invited_pitch_once", "de", "Florian Aigner", "Sales | Absauganlagen für Tischlereien", "Linz",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Weil wir uns auf der Holz-Handwerk gesehen haben: Unsere mobile Absaugung gibt es im April mit 10 % Rabatt. Angebot?"))
P("user_invited_pitch_once", "it", "Ettore Mazzola", "Spedizioni groupage | Iberia-Italia", "Genova",
  ("acc",),
  ("msg", "Grazie Alex! Visto che esporti, ti segnalo i nostri groupage settimanali Porto-Milano. Ti faccio un preventivo?"))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Bastien Lacombe", "Commercial | Quincaillerie d'agencement", "Nantes",
  ("acc",),
  ("msg", "Merci Alex pour l'invitation ! On distribue les coulisses et charnières Blumo, je peux vous faire un prix dépôt pour le Portugal."),
  ("msg", "Bonjour Alex, je relance pour le prix dépôt : -22 % sur volume annuel. Je vous envoie le contrat ?"))
P("user_invited_pitch_twice", "en", "Hamish Reid", "Growth | Makerfolio marketplace", "Edinburgh",
  ("acc",),
  ("msg", "Thanks for connecting Alex! Makerfolio lists handmade furniture for UK buyers. Featured listing is £79/month, fancy trying it?"),
  ("msg", "Hi Alex, spring promo: 3 months featured for the price of 2. Want me to set it up?"))
P("user_invited_pitch_twice", "es", "Nuria Cabanillas", "Asesora | Subvenciones para pymes", "Salamanca",
  ("acc",),
  ("msg", "¡Gracias por aceptar! Tramito ayudas a la exportación para talleres; cobro el 8 % de lo concedido más 300 € de alta. ¿Te interesa?"),
  ("msg", "Alex, la convocatoria cierra en dos semanas. Si me pagas el alta esta semana llegamos."))

# =============================================================== user_invited_value
P("user_invited_value", "fr", "Capucine Rolland", "Acheteuse mobilier | Hôtels Belle Escale", "Marseille",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis au salon, voici le cahier des charges pour les 24 bureaux de chambre. Pouvez-vous chiffrer d'ici fin avril ?"))
P("user_invited_value", "en", "Tomasz Nowicki", "Wood technologist | Timber research lab", "Poznań",
  ("acc",),
  ("msg", "Thanks for the invite Alex. Here's the free moisture-content chart for chestnut and oak I mentioned, plus our paper on kiln schedules. Shout if you have questions."))
P("user_invited_value", "it", "Carolina Vespa", "Architetto | Studio Ferri Architetti", "Verona",
  ("acc",),
  ("msg", "Ciao Alex, grazie! Ti confermo che abbiamo inserito i tuoi tavoli nel capitolato dell'enoteca a Valpolicella. Mi mandi le schede tecniche e i tempi di consegna?"))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Marcial Ledesma", "Gerente | Maderas Ledesma", "Cáceres", ("acc",))
P("acceptance_only", "fr", "Odile Sauvage", "Restauratrice de meubles", "Rennes", ("acc",))
P("lone_endorsement", "en", "Ruth Kettering", "Former apprentice | Joiner", "York", ("end",))
P("lone_endorsement", "it", "Piero Dalmasso", "Intagliatore", "Cuneo", ("end",))

# =============================================================== a few more voices
P("good_invitation", "fr", "Ambroise Tissier", "Gérant | Hôtel Les Pins, Arcachon", "Arcachon",
  ("inv", "Bonjour, nous changeons le mobilier de la terrasse et du lobby cet hiver. Un ami m'a parlé de votre atelier. Pouvez-vous faire un devis sur plans ?"))
P("sales_invitation", "es", "Itziar Goikoetxea", "Marketing digital para artesanos", "San Sebastián",
  ("inv", "Hola Alex! Hago webs y tiendas online para talleres de madera, desde 990 €. ¿Te enseño ejemplos?"))
P("single_pitch", "de", "Mareike Vogl", "Vertrieb | Schleifmittel", "Regensburg",
  ("msg", "Hallo Alex, wir haben neue Schleifbänder für Breitbandschleifmaschinen, 30 % länger haltbar. Ich schicke gern ein Muster und eine Preisliste."))
P("hostility_after_decline", "it", "Aldo Pugliese", "Consulente export | Mercati esteri", "Napoli",
  ("inv", "Salve, sono consulente per l'export verso l'Italia. Posso aiutarla a trovare rivenditori."),
  ("inm", "Mah", "Rifiutare il collegamento a chi vuole aiutarti. Complimenti per la professionalità, davvero. Poi non lamentatevi."))
P("connection_brings_value", "es", "Neus Ferrer", "Interiorista | Agroturismos en Ibiza", "Ibiza",
  ("msg", "Hola Alex, me pasó tu contacto Montse Llobet. Estoy amueblando un agroturismo de 10 habitaciones y me encantan tus mesillas. ¿Me mandas catálogo y precios?"))

for _sc, _lang, _name, *_r in PEOPLE:
    ERAS[_name] = "cur" if _name in CUR else "2016"
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Covadonga Suárez", "compras@miramar-hotels.example.es", "Planos habitaciones Gijón",
     "Hola Alex,\n\nte adjunto los planos que te comenté por LinkedIn. Necesitaríamos precio antes del 20.\n\nSaludos,\nCovadonga", "es"),
    ("Feira Internacional de Lisboa", "expositores@fil.example.pt", "Stands disponíveis – Intercasa 2018",
     "Caro expositor,\n\nainda temos stands disponíveis. Siga-nos no LinkedIn e no Facebook para novidades.", "en"),
    ("Transportes Norte", "reservas@transnorte.example.pt", "Recolha confirmada – Bordeaux",
     "Olá Alex,\n\na recolha para Bordeaux está confirmada para terça-feira. Partilhe o tracking com o cliente.", "en"),
    ("Atelier Lenoir", "apolline@lenoir.example.fr", "Maison d'hôtes : plans",
     "Bonjour Alex,\n\nsuite à mon invitation LinkedIn, voici les plans des chambres. Bonne journée,\nApolline", "fr"),
    ("Etsy", "no-reply@etsy.example", "Your shop had 3 sales this week",
     "Congrats! Share your new listings on Instagram, Pinterest or LinkedIn to reach more buyers.", "en"),
    ("Banca Intesa Trade", "trade@intesa.example.it", "Bonifico ricevuto",
     "Gentile cliente,\n\nle confermiamo l'accredito del bonifico dal cliente di Verona.", "it"),
    ("Ligna Hannover", "info@ligna.example.de", "Ihr Besucherticket",
     "Guten Tag,\n\nanbei Ihr Ticket. Folgen Sie uns auf LinkedIn für Programmneuigkeiten.", "de"),
    ("Thibaut Marechal", "t.marechal@agentsud.example.fr", "Représentation",
     "Alex,\n\nje vous ai écrit sur LinkedIn. Ma proposition tient encore une semaine.\n\nT. Maréchal", "fr"),
]

HEADER = [f"# mailbot dev185 corpus. Generated by scripts/make_corpus_dev185.py (seed {SEED}); do not edit by hand.",
          "# Alex as owner of a small Porto furniture workshop exporting to Spain and France, spring 2018, mostly the 2016 layout: "
          "buyers asking for quotes, machine and lead-gen sellers, apprentices, guild peers, paid fair stands, a rude agent. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev185", SEED, PEOPLE, FOREIGN, spoofs=8, other=10, header=HEADER, eras=ERAS)
