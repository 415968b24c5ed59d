#!/usr/bin/env python3
"""Write mailbot's eighty-ninth, independent development corpus: tests/corpus/dev89/*.eml + expected.toml.

The angle: the user Alex is retail director of Maison Orsenne, a luxury leather-goods house
with boutiques on rue Saint-Honoré in Paris, via Montenapoleone in Milan and calle Serrano in
Madrid. Their LinkedIn world: visual-merchandising, window and store-design agencies,
shopfitters, retail-tech and clienteling vendors (footfall sensors, booking apps, RFID tags),
packaging and scent-marketing suppliers, influencers and stylists asking for gifting, loans
and paid collaborations, fashion journalists (real interviews, and pay-to-play "portraits"),
headhunters (real retail-director searches, and agencies selling store-manager candidates),
peer retail directors of neighbouring maisons sharing rotas, benchmarks and theft warnings,
schools of fashion asking the boutiques to take interns or to sit on a jury, and students
asking for a placement. The mail is French, Italian and Spanish in elegant formal registers
(vous, Lei, usted) and in the casual register of the fashion world, full of English loanwords
(collab, media kit, reel, lookbook, client advisor, quiet luxury), with some English from
London and Dublin writers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the names, cities and headlines of spoof-only people and PYMK suggestions, the topics
of other LinkedIn mail, and the pitches and phishes that spoofs carry are swapped for
luxury-retail ones in this process only (make_corpus.py itself is not changed). Every note
was written from shared/taxonomy.md alone, without reading mailbot's signals, judge or
wording, or the notes of the other generators. Invitation notes stay within LinkedIn's 300
characters (checked below). People whose notes speak of reels, WhatsApp Business, the
pandemic or recent years keep the current layout; a few timeless ones keep the 2016 layout.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev89.py              # writes tests/corpus/dev89
    python scripts/make_corpus_dev89.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260889

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ luxury-retail world (this process only)
SKILLS = {
    "en": ["Luxury Retail", "Visual Merchandising", "Clienteling", "Retail Operations", "Store Management", "Team Leadership"],
    "fr": ["Retail de luxe", "Merchandising visuel", "Clienteling", "Management de boutique", "Expérience client"],
    "it": ["Retail del lusso", "Visual merchandising", "Clienteling", "Gestione del punto vendita", "Customer experience"],
    "es": ["Retail de lujo", "Visual merchandising", "Clienteling", "Gestión de tiendas", "Experiencia de cliente"],
    "de": ["Luxus-Einzelhandel", "Visual Merchandising", "Clienteling", "Filialleitung", "Kundenerlebnis"],
}
RHEADLINE = {
    "en": "Retail Director at Maison Orsenne (Paris · Milano · Madrid)",
    "fr": "Directeur Retail chez Maison Orsenne (Paris · Milano · Madrid)",
    "it": "Retail Director presso Maison Orsenne (Paris · Milano · Madrid)",
    "es": "Director de Retail en Maison Orsenne (Paris · Milano · Madrid)",
    "de": "Retail Director bei Maison Orsenne (Paris · Milano · Madrid)",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# spoofs and other LinkedIn mail: French, Italian and Spanish wording, some English
mc.LANGS[:] = ["fr", "it", "es", "en", "fr"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.example.org", "lookalike:linkedin.com.evil.example", "buried", "display:outlook.com", "wrongpass"]

mc.NAMES["fr"] = (["Apolline", "Gauthier", "Sixtine", "Quentin", "Margaux", "Hippolyte", "Eugénie", "Bertrand", "Clotilde", "Aymeric"],
                  ["de Villeneuve", "Roussel", "Lacombe", "Mauduit", "Chaumont", "Delaunay", "Fournier", "Saint-Clair", "Pasquier"])
mc.NAMES["it"] = (["Ludovica", "Filippo", "Costanza", "Gabriele", "Benedetta", "Leonardo", "Vittoria", "Jacopo", "Camilla"],
                  ["Visconti", "Sartori", "Longhi", "Cattaneo", "Brambilla", "Vismara", "Ferri", "Castelbarco"])
mc.NAMES["es"] = (["Cayetana", "Gonzalo", "Macarena", "Íñigo", "Almudena", "Pelayo", "Covadonga", "Blanca", "Jacobo"],
                  ["Osorio", "de la Serna", "Urquiza", "Mendaro", "Albarracín", "Quiroga", "Salvatierra", "Téllez"])
mc.NAMES["en"] = (["Imogen", "Rupert", "Arabella", "Freddie", "Poppy", "Tristan", "Georgina", "Seb", "Clemmie"],
                  ["Fairfax", "Hargreaves", "Ashdown", "Wetherby", "Carrington", "Lowther", "Pryce", "Beaumont"])
mc.CITY["fr"] = ["Paris", "Lyon", "Bordeaux", "Cannes", "Genève", "Lille"]
mc.CITY["it"] = ["Milano", "Firenze", "Roma", "Como", "Venezia", "Bologna"]
mc.CITY["es"] = ["Madrid", "Barcelona", "Marbella", "Bilbao", "Valencia", "Sevilla"]
mc.CITY["en"] = ["London", "Dublin", "Edinburgh", "Amsterdam", "New York", "Dubai"]
mc.JOBS[:] = [("Retail Director Europe", "Maison Vérane"), ("Directeur Retail France (H/F)", "Maison Aubrac"), ("Head of Retail Italia", "Gruppo Arteluce Moda"),
              ("Directora de Retail España", "Casa Alaminos"), ("Area Manager Boutiques, Southern Europe", "Hale Watches"),
              ("Store Director, Flagship", "Maison Vérane")]
mc.COMPANIES["good"] = ["Maison Vérane", "Galeries Bellecour", "Gruppo Arteluce Moda", "Casa Alaminos", "Istituto Moda Sforzesco", "Revista Atelier",
                        "Luxury Retail Forum", "Consorzio Via Montenapoleone"]
mc.COMPANIES["sales"] = ["Clientelia", "FootfallIQ", "Atelier Vitrine", "Appointly", "SecurTag", "Velvet Rope", "Lumen Retail", "ShowroomPro"]
mc.HEADLINES["good"] = ["Store Director at {co}", "Retail Manager | {co}", "Client Advisor at {co}", "Head of Visual Merchandising, {co}",
                        "Fashion editor | {co}", "Area Manager Boutiques at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping luxury boutiques sell more | {co}", "Founder & CEO at {co}",
                         "Business Development | {co}", "Partnerships Director at {co}"]
OTHER = {
    "en": dict(job=("{n} new jobs for \"retail director luxury\"", "Your job alert for retail director luxury in {city}"),
               news="Are luxury houses quietly cutting boutique staff?", group="Top conversations in Luxury Retail Leaders",
               newsletter="The Clienteling Letter: what your best advisors do differently"),
    "fr": dict(job=("{n} nouvelles offres pour « directeur retail luxe »", "Votre alerte emploi pour directeur retail luxe à {city}"),
               news="Le luxe peut-il encore compter sur les touristes ?", group="Discussions à la une dans Retail du Luxe France",
               newsletter="La Lettre du retail de luxe : la boutique comme salon"),
    "it": dict(job=("{n} nuove offerte per «retail director lusso»", "Il tuo avviso di lavoro per retail director lusso a {city}"),
               news="Montenapoleone supera la Fifth Avenue: cosa cambia per i negozi?", group="Conversazioni principali in Luxury Retail Italia",
               newsletter="Visual Notes: la vetrina che vende senza prezzi"),
    "es": dict(job=("{n} empleos nuevos de «director de retail lujo»", "Tu alerta de empleo de director de retail lujo en {city}"),
               news="¿Se enfría el lujo en la calle Serrano?", group="Conversaciones destacadas en Retail de Lujo España",
               newsletter="Cuaderno de escaparatista: la Navidad empieza en septiembre"),
}
retitle_other(OTHER)
SPOOF_PITCH = {
    "en": ["Hi {first}, a counterfeit listing of your tote was reported under your boutique's name. Sign in within 24 hours to review the claim.",
           "Hello {first}, I've shared the Fashion Week seating plan and the front-row list with you. Please log in to view the file.",
           "Hi {first}, the wholesale order confirmation for your Milan boutique is ready. Log in to approve it before the cut-off."],
    "fr": ["Bonjour {first}, une contrefaçon de votre sac a été signalée au nom de votre boutique. Connectez-vous sous 24 h pour consulter la réclamation.",
           "Bonjour {first}, je vous ai partagé le plan de table du défilé. Connectez-vous pour ouvrir le document."],
    "it": ["Buongiorno {first}, è stata segnalata una contraffazione della vostra borsa a nome della boutique. Acceda entro 24 ore per vedere la segnalazione.",
           "Ciao {first}, ti ho condiviso la lista ospiti della sfilata. Accedi per aprire il file."],
    "es": ["Hola {first}, se ha denunciado una falsificación de vuestro bolso a nombre de la boutique. Inicia sesión en 24 horas para revisar la reclamación.",
           "Hola {first}, te he compartido el seating del desfile. Inicia sesión para ver el documento."],
    "de": ["Hallo {first}, eine Fälschung Ihrer Tasche wurde unter dem Namen Ihrer Boutique gemeldet. Melden Sie sich innerhalb von 24 Stunden an.",
           "Hallo {first}, ich habe Ihnen die Sitzordnung der Modenschau freigegeben. Bitte hier anmelden."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Séverine Dalmasso", "Directrice Retail Europe | Haute joaillerie", "Paris",
  ("inv", "Bonjour Alex, nous ouvrons un salon privé rue de la Paix et je me heurte sans doute à la même question que vous : comment tenir les "
          "rendez-vous clients pendant la Fashion Week sans vider la boutique ? Un café pour comparer nos plannings ? Je partage volontiers les nôtres."),
  ("rem",))
P("good_invitation", "it", "Federica Lanzoni", "Responsabile Stage & Placement | Istituto Moda Sforzesco", "Milano",
  ("inv", "Gentile Alex, cerchiamo boutique disposte ad accogliere studenti del terzo anno di Visual Merchandising per un tirocinio curricolare "
          "di sei mesi da febbraio. Convenzione e assicurazione a nostro carico, tutor dedicato. Possiamo parlarne per via Montenapoleone?"))
P("good_invitation", "es", "Candela Urquijo", "Redactora de moda y lujo | Revista Atelier", "Madrid",
  ("inv", "Hola Alex: preparo para el número de marzo un reportaje sobre la vuelta del oficio artesano a la calle Serrano y me encantaría contar "
          "con tu mirada sobre la boutique de Madrid. Serían 20 minutos, por teléfono o en tienda, cuando mejor te venga."),
  ("rem",))
P("good_invitation", "en", "Harriet Lomax", "Programme Lead | Luxury Retail Forum", "London",
  ("inv", "Hi Alex - each season we do a free early-morning store walk for retail directors: three Mount Street boutiques open up their "
          "stockrooms and talk clienteling and rotas over coffee. Members-run, no vendors in the room. Next one's 14 Nov, shall I save you a spot?"),
  ("rem",))
P("good_invitation", "fr", "Thibaut Kerbrat", "Responsable pédagogique Merchandising | École Lamartine Mode & Luxe", "Paris",
  ("inv", "Bonjour Alex, Clémence Aubry, qui dirige votre boutique Saint-Honoré, m'a conseillé de vous écrire : nous cherchons une personne du "
          "retail de luxe pour le jury des projets de fin d'études en merchandising, le 26 juin (une demi-journée). Cela vous tenterait-il ?"))
P("good_invitation", "es", "Lucía Barrachina", "Estudiante de 4º de Diseño de Moda | Escuela Goya de Moda", "Madrid",
  ("inv", "holaa Alex! soy Lucía, estudio diseño de moda y me flipa el escaparatismo de vuestra tienda de Serrano 🙈 tengo que hacer 300 h de "
          "prácticas entre abril y junio y me encantaría aprender con vuestro equipo de visual. ¿te puedo mandar mi portfolio?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Grégory Valette", "Consultant retail | Luxe & Premium", "Lyon", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Martina Scarpellini", "Sales Associate | Luxury fashion", "Firenze", ("inv", NONOTE))
P("default_invitation", "es", "Borja Elizalde", "Business Development Manager | Soluciones para retail", "Bilbao", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Ludivine Sarrazin", "Directrice associée | Atelier Vitrine – merchandising visuel", "Paris",
  ("inv", "Bonjour Alex, nous habillons les vitrines de plusieurs maisons autour de la place Vendôme. Nos concepts de Noël sont prêts : je serais "
          "ravie de vous les présenter en vingt minutes, avec un chiffrage indicatif pour Paris, Milan et Madrid."),
  ("rem",))
P("sales_invitation", "it", "Niccolò Bergamaschi", "Account Executive | Clientelia – clienteling per il lusso", "Milano",
  ("inv", "Ciao Alex! Con Clientelia i tuoi client advisor hanno wishlist, taglie e storico acquisti di ogni cliente sull'iPhone, con follow-up "
          "su WhatsApp Business. Tre maison del Quadrilatero lo usano da settembre. Ti va una demo di 15 minuti?"),
  ("rem",))
P("sales_invitation", "fr", "Jade Okonkwo-Hart", "Lifestyle & luxury creator | 320k | collabs 💌", "London",
  ("inv", "Hey Alex! obsessed with the new Orsenne tote 😍 I'm shooting my autumn quiet-luxury edit next month and would love it in there. "
          "Media kit attached: gifting + €2,400 for 1 reel & 3 stories, usage rights extra. Let's create something gorgeous ✨"),
  nl="en")
P("sales_invitation", "es", "Iñaki Garmendia", "Director comercial | Garmendia Interiorismo Comercial", "Donostia",
  ("inv", "Buenos días, Alex. Fabricamos mobiliario a medida para boutiques de lujo: vitrinas, mostradores forrados en piel, iluminación integrada. "
          "Si tenéis prevista alguna reforma en Madrid o Milán, le preparamos presupuesto sin compromiso en diez días."))
P("sales_invitation", "en", "Oliver Strachan", "Director | Strachan Luxury Talent", "London",
  ("inv", "Alex, I have three pre-vetted store managers (two from Avenue Montaigne houses, one from a Milan jeweller) open to a move to Paris or "
          "Milan. Happy to send blind profiles today. We work on 22% contingency, payable only on hire. Worth a quick call this week?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Amaury de Lestrange", "Fondateur | Cercle Saint-Honoré", "Paris",
  ("inv", "Bonjour Alex, je réunis chaque trimestre une douzaine de directeurs retail de maisons parisiennes autour d'un dîner, entre pairs : "
          "ni prestataires ni présentations. Le prochain a lieu en octobre dans un salon privé du 8e. Je serais heureux de vous y accueillir."),
  ("msg", "Cher Alex, ravi de vous compter parmi nous. Pour confirmer votre couvert d'octobre : l'adhésion annuelle au Cercle est de 3 200 € HT "
          "et comprend deux visites mystère de votre boutique par notre cabinet. Je vous fais parvenir le bulletin d'adhésion ?", (3, 10)),
  ("msg", "Alex, je me permets de relancer : la liste se clôt vendredi. Si l'adhésion ne vous convient pas, nos visites mystère sont aussi "
          "proposées seules, à partir de 1 900 € la visite.", (5, 15)))
P("bait_and_switch_invitation", "it", "Valeria Crespi", "Ricercatrice | Customer experience e lusso", "Milano",
  ("inv", "Buongiorno Alex, sto svolgendo un'indagine tra i direttori retail del Quadrilatero sul clienteling dopo il Covid: una decina di "
          "domande, 10 minuti al telefono. A chi partecipa invio il report completo. Le farebbe piacere contribuire?"),
  ("msg", "Grazie per il collegamento! Il report è pronto e lo presentiamo in sessioni individuali, insieme alla piattaforma Lumina CX che "
          "trasforma quei dati in azioni per i client advisor. Le blocco mezz'ora giovedì per la demo? Il primo trimestre di licenza è scontato del 30%.",
   (6, 18)))
P("bait_and_switch_invitation", "en", "Graham Whitlock", "Retail leader | ex-Head of Retail UK & Ireland, luxury", "London",
  ("inv", "Alex, fellow retail lifer here - 17 years between Bond Street and Sloane Street. Always good to know the people carrying the same "
          "weight on the last Saturday before Christmas. Would be glad to connect."),
  ("msg", "Good to be connected. Since leaving the maison I run store-performance diagnostics for luxury brands: two days on the shop floor, "
          "conversion, staffing model, a board-ready deck. £16k per market. Could I put a proposal together for Paris and Milan?"),
  ("msg", "Hi Alex, I can still hold the second week of January for the Paris diagnostic if we sign before the 20th. Shall I send over the SOW?",
   (15, 30)))
P("bait_and_switch_invitation", "es", "Rocío Alcántara", "Visual merchandiser freelance | Escaparatismo de lujo", "Madrid",
  ("inv", "¡Hola Alex! He hecho una guía gratis con los 12 escaparates navideños que mejor funcionaron el año pasado en Serrano y Ortega y Gasset "
          "(fotos y qué se vendió de cada uno). Si conectamos te la paso encantada 🎄"),
  ("msg", "¡Aquí la tienes! 😊 Por cierto, este año me quedan huecos para dos maisons: el proyecto completo de escaparate de Navidad (diseño, "
          "producción y montaje) sale en 14.500 € + IVA por tienda. ¿Te preparo presupuesto para Madrid?", (2, 8)))
P("bait_and_switch_invitation", "it", "Ginevra Tosatti", "Personal stylist & image consultant | Milano · Parigi", "Milano",
  ("inv", "Ciao Alex! Ho raccolto in un piccolo lookbook come le stylist milanesi stanno usando la pelle questa stagione, tra street style ed "
          "editorial. Te lo mando volentieri, zero impegni. Adoro quello che state facendo in Montenapoleone!"),
  ("msg", "Eccolo! 💫 Già che ci sono ti propongo un'idea: organizzo serate di personal shopping per le boutique, porto le mie clienti top e "
          "faccio styling in negozio. Il mio fee è 2.000 € a serata più il 5% sul venduto. Ne parliamo davanti a uno spritz?", (2, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Constance Vidal-Marchetti", "Rédactrice en chef | Maisons & Métiers d'Art", "Paris",
  ("inm", "Portrait pour notre numéro de décembre",
   "Bonjour Alex, notre numéro de décembre est consacré aux maisons de maroquinerie qui font vivre les métiers d'art jusque dans leurs boutiques. "
   "Nous aimerions vous consacrer un portrait d'une page, avec des photos de la boutique Saint-Honoré. Auriez-vous une heure pour un entretien "
   "la semaine prochaine ?"),
  ("inm", "Portrait – modalités",
   "Merci pour votre réponse si enthousiaste ! Je vous précise les modalités : le portrait s'inscrit dans notre formule Partenaire, à 4 900 € HT, "
   "séance photo et relais sur nos réseaux inclus. Je vous transmets le bon de commande pour bloquer la page ?", (4, 12)))
P("bait_and_switch_inmail", "es", "Álvaro Segarra", "Director de contenidos | Madrid Luxury Retail Summit", "Madrid",
  ("inm", "Mesa redonda en el Summit",
   "Estimado Alex: el comité de contenidos del Madrid Luxury Retail Summit ha pensado en usted para la mesa redonda sobre tiendas insignia y "
   "experiencia de cliente del 12 de mayo. Serían 40 minutos con otros tres directores de retail. Sería un honor contar con su visión."),
  ("inm", "Confirmación de ponentes",
   "Muchas gracias por su respuesta. Para cerrar su plaza en la mesa, los ponentes suscriben el paquete Speaker Visibility (1.800 € + IVA), que "
   "incluye su logotipo en el programa, una entrevista en nuestra newsletter y dos pases VIP. ¿Le envío la factura proforma?", (5, 14)),
  ("inm", "Últimas plazas",
   "Alex, solo para avisarle de que mañana cerramos el cartel. Si el paquete completo no encaja, tenemos una modalidad reducida a 950 €.", (4, 10)))
P("bait_and_switch_inmail", "it", "Edoardo Spadolini", "Partner | Osservatorio Lusso & Sicurezza", "Milano",
  ("inm", "Tavola rotonda a porte chiuse",
   "Gentile Alex, il 3 aprile riuniamo a porte chiuse otto direttori retail del Quadrilatero per confrontarci su furti con destrezza, turni serali "
   "e rapporti con la Questura. Niente sponsor, solo colleghi. Ci farebbe piacere averla al tavolo."),
  ("inm", "Dopo il 3 aprile",
   "Gentile Alex, grazie ancora per la disponibilità. Come anticipato al telefono, le giro la nostra offerta di vigilanza dedicata: addetto in "
   "livrea, analisi video e report settimanale, a partire da 7.800 € al mese per boutique. Quando possiamo fissare un sopralluogo?", (10, 25)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Sofia Marchionni", "Ex Store Manager | Luxury Retail | Open to work", "Milano",
  ("end",),
  ("msg", "Ciao Alex! Ti ho appena confermato {skill}, te lo meriti tutto 💛 Posso chiederti un favore? Mi confermeresti Clienteling e "
          "Gestione del team? Sto facendo colloqui per la Galleria e i recruiter guardano anche quello. Grazie mille, davvero!", (1, 4)))
P("endorse_me_back", "fr", "Bastien Morel-Ferrand", "Visual merchandiser freelance | Scénographie", "Lyon",
  ("end",), ("end",),
  ("msg", "Hello Alex ! Je t'ai recommandé pour {skill}, c'est amplement mérité. Si tu as deux minutes, tu pourrais me rendre la pareille sur "
          "Scénographie et Vitrines ? Je relance mon activité en indépendant et ça compte auprès des maisons. Merci d'avance 🙏"))
P("endorse_me_back", "en", "Tara Keegan", "Retail Operations Consultant | Luxury & Premium", "Dublin",
  ("end",),
  ("msg", "Hiya Alex, endorsed you for {skill} this morning, long overdue! Any chance you could do the same for me on Retail Operations and "
          "KPI Management? Trying to get the profile in shape before the new year. Cheers x", (0, 3)))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Marisol Devereaux", "Celebrity stylist | Red carpet & editorial | Paris · LA", "Paris",
  ("inv", "Hi Alex, I dress two actresses for Cannes this year and one of them adores the Orsenne minaudière. Could we talk about a loan or a "
          "gift for the red carpet? Big visibility for the house 🌟"),
  ("rem",),
  ("inm", "Disappointed",
   "Three weeks and not even a 'no thank you'. I've worked with houses ten times the size of yours and they all had the basic manners to answer. "
   "Frankly this is why heritage brands end up irrelevant. Rude, and very unprofessional.", (8, 20)))
P("hostility_after_decline", "fr", "Jean-Baptiste Ferrandi", "Gérant | Ferrandi Agencement", "Marseille",
  ("inv", DEFAULT),
  ("inm", "Sans réponse",
   "Monsieur, Madame, je constate que vous n'avez pas jugé utile de donner suite à mon invitation. Dans le luxe on parle beaucoup d'art de "
   "recevoir ; visiblement, il s'arrête au seuil de la boutique. Je m'en souviendrai.", (10, 30)))
P("hostility_after_decline", "it", "Chiara Pellegatta", "Creator | Moda & lifestyle | 85k", "Milano",
  ("inv", "Ciao Alex!! Adoro le vostre borse 😍 per il mio compleanno a Capri mi piacerebbe tantissimo fare una collab: io vi porto visibilità, "
          "voi mi mandate la bauletto in cuoio naturale? 💕"),
  ("inm", "???",
   "ok quindi nemmeno una risposta. che tristezza. voi del lusso vi credete chissà chi ma senza noi creator sotto i 40 anni non vi conosce "
   "nessuno. maleducati, punto.", (7, 20)))
P("hostility_after_decline", "es", "Marcos Villalobos", "Headhunter | Retail y Lujo", "Madrid",
  ("inv", "Alex, busco jefes de tienda para una firma de lujo que abre en Canalejas. ¿Conectamos? Seguro que conoces a alguien bueno."),
  ("rem",),
  ("inm", "Sin respuesta",
   "Veo que ni contestas. Tranquilo, ya sé cómo va esto: cuando te falte un jefe de tienda en plena campaña vendrás corriendo. Un poco de "
   "educación no cuesta dinero.", (10, 25)))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Yannick Le Goff", "Head of Sales France | Stylist.io – clienteling mobile", "Paris",
  ("msg", "Bonjour Alex, petite question : vos conseillers de vente à Saint-Honoré suivent-ils encore leurs clientes dans un carnet ? Stylist.io "
          "centralise wishlists, anniversaires et relances WhatsApp. Je vous montre en 15 minutes ?"),
  ("msg", "Alex, je reviens vers vous avec notre grille tarifaire : 89 € par conseiller et par mois, onboarding offert jusqu'à fin mars. "
          "On cale un créneau ?", (7, 20)),
  ("msg", "Bon. Trois messages, aucune réponse. Je trouve ça assez méprisant de la part de quelqu'un qui passe ses journées à parler "
          "d'expérience client. Je retiens la leçon.", (10, 25)))
P("hostility_connection", "it", "Rebecca Fumagalli", "Architetto | Fumagalli Retail Design", "Milano",
  ("acc",),
  ("msg", "Grazie per l'invito a collegarci, Alex! Come le accennavo al Salone, abbiamo un concept per ripensare il piano terra di "
          "Montenapoleone: percorso cliente, salottino VIP e nuova illuminazione. Il progetto preliminare costa 18.000 €, scalabili sui lavori. "
          "Le mando la presentazione?"),
  ("msg", "Ho ricevuto il suo «grazie, per ora no». Mi permetta di dirle che invitare una professionista a collegarsi per poi liquidarla in due "
          "parole è di una scortesia rara. Complimenti per lo stile, davvero.", (15, 30)))
P("hostility_connection", "es", "Paula Ortiz de Zárate", "Influencer de moda | 210k | colaboraciones", "Madrid",
  ("msg", "Holi Alex! 💫 Te escribo porque me encantaría hacer una colaboración con Orsenne para la campaña de Navidad: 2 reels + 5 stories + "
          "sorteo. Mi tarifa es 3.500 € más producto. ¿Te paso mi media kit?"),
  ("msg", "Gracias por tu «no encaja con nuestra estrategia». Traducido: no tenéis ni idea de cómo se vende hoy. Luego no os quejéis de tener "
          "las tiendas vacías. Marcas como la tuya siguen en 2005. Suerte.", (5, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Dominic Farrow", "Enterprise AE | FootfallIQ", "London",
  ("msg", "Hi Alex, quick one - are you still measuring conversion in Milan with the door counter? FootfallIQ's ceiling sensors give you "
          "heat-maps by fixture and staff-to-traffic by hour. Happy to show you the dashboard from a Paris flagship you'd recognise."),
  ("msg", "Alex, we've opened a Q1 pilot: one boutique, hardware included, 60 days, €4,900 all-in. Want me to pencil Milan in?", (10, 25)))
P("connection_only_pitches", "it", "Alessia Brambati", "Key Account | Cartotecnica Brambati – packaging di lusso", "Como",
  ("msg", "Buongiorno Alex, produciamo shopping bag, scatole rigide e nastri personalizzati per diverse maison milanesi, tutto made in Como. "
          "Le mando un kit campioni con i vostri colori?"),
  ("msg", "Gentile Alex, le allego il listino Natale: su ordini oltre 5.000 pezzi la personalizzazione a caldo è gratuita. Possiamo sentirci "
          "questa settimana?"),
  ("msg", "Alex, ultima chiamata per le consegne entro metà novembre: se conferma entro venerdì teniamo il prezzo bloccato.", (5, 12)))
P("connection_only_pitches", "fr", "Capucine Royer", "Fondatrice | Sillage – signature olfactive pour boutiques", "Paris",
  ("msg", "Bonjour Alex, vos clientes se souviennent-elles de l'odeur de votre boutique ? Nous créons des signatures olfactives sur mesure pour "
          "les maisons (cuir, iris, cèdre…), diffusion incluse. Puis-je vous faire sentir trois pistes ?"),
  ("msg", "Alex, je repasse rue Saint-Honoré jeudi avec nos mouillettes : une démonstration de dix minutes dans la boutique, et un devis pour "
          "les trois adresses dans la foulée ?", (12, 30)))


# =============================================================== single_pitch
P("single_pitch", "es", "Gonzalo Ripoll", "Director comercial | Uniformes Ripoll – sastrería corporativa", "Valencia",
  ("msg", "Buenas, Alex. Vestimos a los equipos de venta de varias firmas de lujo en Madrid y Barcelona: trajes a medida en lana fría, con "
          "arreglos incluidos durante dos años. ¿Te envío muestrario y precios para la tienda de Serrano?"))
P("single_pitch", "fr", "Hortense Berthier", "Directrice de la publicité | Le Guide des Belles Boutiques", "Paris",
  ("msg", "Bonjour Alex, votre boutique Saint-Honoré a toute sa place dans la prochaine édition du Guide des Belles Boutiques de Paris. Une "
          "double page avec photos est à 3 500 € HT, la demi-page à 1 900 €. Je vous réserve un emplacement ?"))
P("single_pitch", "it", "Davide Colombini", "Sales Manager | SecurTag – antitaccheggio RFID", "Bergamo",
  ("msg", "Ciao Alex, le etichette RFID SecurTag si cuciono nella fodera e non rovinano la pelle: antitaccheggio e inventario in un colpo "
          "solo. Ti preparo un'offerta per le tre boutique?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Anne-Laure Castagné", "Directrice des boutiques France | Parfums de luxe", "Paris",
  ("msg", "Alex, comme promis au salon : voici notre benchmark anonymisé sur le turnover des conseillers de vente dans neuf maisons "
          "parisiennes (2023-2025). Les chiffres sur les départs à 18 mois devraient vous parler. Libre à vous de le partager avec votre DRH."),
  ("msg", "Et si le sujet vous intéresse : nous en parlons entre directeurs retail autour d'un petit-déjeuner le 9 avril, chez nous, avenue "
          "Montaigne. Gratuit, sans prestataires, juste un café et nos chiffres.", (15, 40)))
P("connection_brings_value", "it", "Stefano Guidetti", "Relazioni istituzionali | Consorzio Via Montenapoleone", "Milano",
  ("end",),
  ("msg", "Ciao Alex, ti segnalo che il Comune ha approvato il nuovo regolamento su insegne e vetrine nel Quadrilatero: cambia parecchio per le "
          "luci notturne. Il 12 marzo facciamo un briefing gratuito per i soci con i tecnici del Comune. Ti mando il PDF e ti tengo un posto?"))
P("connection_brings_value", "es", "Inés Caballero", "Periodista | Moda y negocio | Diario Mercado", "Madrid",
  ("msg", "Hola Alex, ¿tendrías cinco minutos antes de las 18:00? Cierro una pieza sobre la caída del tax-free de turistas asiáticos en "
          "Serrano y me vendría muy bien una frase tuya, con nombre o sin él, como prefieras."))
P("connection_brings_value", "es", "Callum Mortimer", "Retail Director Southern Europe | Fine watches", "Madrid",
  ("msg", "Alex, heads-up between us: a distraction-theft crew (two women, one man, very well dressed) hit us on Serrano on Saturday and a "
          "jeweller on Montenapoleone last week. CCTV stills attached. The Policía Nacional inspector on the case is happy to brief your Madrid "
          "team, I can pass on his number."),
  ("msg", "Good news - they were picked up at Barajas yesterday. Thanks for briefing your team so fast; the inspector said your store "
          "manager's description helped.", (10, 25)),
  nl="en")
P("connection_brings_value", "fr", "Marc-Antoine Berthelot", "Conservateur, collections mode | Musée des Arts et du Cuir", "Paris",
  ("msg", "Bonjour Alex, notre exposition sur les métiers du cuir ouvre le 3 octobre. Je propose aux équipes des maisons prêteuses une visite "
          "privée le lundi matin, musée fermé, avec les restauratrices : c'est offert. Vos conseillers de Saint-Honoré seraient les bienvenus."),
  ("msg", "Je vous joins aussi le dossier de presse et le catalogue en PDF : vos équipes peuvent s'en servir librement pour parler des pièces "
          "aux clients.", (2, 8)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Philippa Grange", "Partner, Consumer & Luxury | Hale & Mercer Executive Search", "London",
  ("inm", "Regional Retail Director EMEA - fine watchmaking",
   "Dear Alex, I'm leading a confidential search for a Geneva-based watch and jewellery house: Regional Retail Director EMEA, 34 boutiques, "
   "reporting to the CEO, relocation supported. Base €260-300k plus bonus. Your multi-country leather-goods background is exactly what the "
   "client asked for. Could we speak this week?"),
  nl="en")
P("stranger_inmail_recruiter", "fr", "Bérengère Osmont", "Associée | Osmont & Partners – chasse de têtes luxe", "Paris",
  ("inm", "Direction Retail France – confidentiel",
   "Bonjour Alex, je mène pour une maison de maroquinerie familiale une recherche de Directeur·rice Retail France (14 boutiques, dont deux "
   "corners en grands magasins), rattachement direct au directeur général. La mission est exclusive et confidentielle. Seriez-vous "
   "ouvert(e) à un premier échange, même exploratoire ?"))
P("stranger_inmail_recruiter", "it", "Marco Tentori", "Talent Acquisition Lead | Gruppo Arteluce Moda", "Milano",
  ("inm", "Head of Retail Sud Europa – posizione interna",
   "Buongiorno Alex, sono in Talent Acquisition in Arteluce, non un'agenzia. Apriamo la posizione di Head of Retail Sud Europa (Italia, "
   "Spagna, Portogallo, 22 negozi), sede Milano. Il suo percorso tra Parigi, Milano e Madrid è molto in linea. Le andrebbe una prima "
   "chiacchierata con me e con il nostro COO?"))
P("stranger_inmail_recruiter", "es", "Ainhoa Etxeberria", "Executive Search | Consumo y Lujo", "Madrid",
  ("inm", "Dirección de Retail España y Portugal",
   "Buenos días, Alex. Un grupo español de lujo me ha encargado la búsqueda de su Director/a de Retail para España y Portugal: 19 puntos de "
   "venta, equipo de 160 personas, fijo en torno a 180.000 € más variable. ¿Te parece que lo hablemos con calma y con total discreción?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brandon Kessler", "VP Sales EMEA | Appointly", "Amsterdam",
  ("inm", "Private appointments at Orsenne",
   "Hi Alex, luxury boutiques using Appointly see 31% more private-appointment bookings from Instagram and Google. It plugs into your POS and "
   "clienteling app in a day. Can I grab 20 minutes to walk you through it?"),
  ("inm", "Following up",
   "Alex - bumping this up. We're offering launch pricing to two more maisons in Paris this quarter (€290 per boutique per month). Worth a look?",
   (7, 20)))
P("stranger_inmail_sales", "fr", "Mathilde Quéméner", "Chargée d'affaires | Forme & Buste – mannequins sur mesure", "Lyon",
  ("inm", "Mannequins pour vos vitrines",
   "Bonjour, nous réalisons des bustes et mannequins sur mesure pour la maroquinerie (mains, torses, présentoirs gainés de cuir). Je serais "
   "ravie de vous adresser notre catalogue et un devis pour vos vitrines d'hiver."),
  ("inm", "Catalogue 2026",
   "Bonjour Alex, je me permets de vous relancer avec notre catalogue 2026 en pièce jointe : -10 % sur toute commande passée avant fin janvier.",
   (10, 30)))
P("stranger_inmail_sales", "it", "Gianmarco Pozzi", "Event Manager | VIP Nights", "Milano",
  ("inm", "Serata VIP in Fashion Week",
   "Ciao Alex, organizziamo serate private per le boutique durante la Fashion Week: DJ, catering stellato, lista ospiti con 150 top spender "
   "selezionati. Pacchetto chiavi in mano da 25.000 €. Ti interessa un preventivo?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Isaure Montclar", "Relations entreprises | Institut Rive Gauche de la Mode", "Paris",
  ("inv", "Bonjour Alex, nos étudiants de master Luxe présentent le 4 février leurs projets sur l'expérience en boutique, dont deux consacrés à "
          "la maroquinerie. La séance est gratuite et ouverte aux professionnels ; votre regard leur serait précieux. Je vous envoie l'invitation ?"),
  ("msg", "Merci d'être venu(e) ! Comme promis, voici les dossiers des deux groupes maroquinerie, libres d'usage en interne. Trois étudiantes "
          "cherchent par ailleurs un stage de fin d'études : je vous transmets leurs CV si cela vous intéresse.", (10, 25)),
  ("msg", "Alex, je me permets : nous lançons le certificat « Excellence en boutique » pour conseillers de vente, cinq jours à 3 900 € HT par "
          "participant. Pour vos trois boutiques je peux vous faire un tarif de groupe. Un rendez-vous pour en parler ?", (20, 45)))
P("good_turns_ugly", "it", "Matilde Ravasi", "Store Director | Alta gioielleria", "Milano",
  ("inv", "Ciao Alex, siamo vicini di vetrina in via della Spiga! Durante il Salone del Mobile abbiamo avuto il tuo stesso problema di code e "
          "personale. Mi piacerebbe scambiarci qualche trucco sui turni, ti mando volentieri il nostro schema."),
  ("msg", "Eccoti il file dei turni che usiamo nelle settimane di Salone e Fashion Week, con le pause sfalsate. Se ti serve anche il modulo "
          "per gli straordinari, chiedi pure."),
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill}, mi sembrava il minimo. Mi faresti lo stesso favore su Store Management e Team Leadership? "
          "A gennaio mi valutano per la direzione area e conta tutto 😅", (1, 5)))
P("good_turns_ugly", "es", "Carmen Zubiaurre", "Periodista de moda | Colaboradora en prensa", "Madrid",
  ("inv", "Hola Alex, escribo un reportaje sobre cómo las maisons forman a sus vendedores en el idioma de los clientes chinos y de Oriente "
          "Medio. Me encantaría entrevistarte; la pieza sale en el suplemento de moda de un diario nacional."),
  ("msg", "¡Ya está publicado! Te dejo el enlace y las fotos de la tienda de Serrano en alta resolución, son vuestras para usarlas donde "
          "queráis. Gracias de nuevo por la entrevista.", (15, 35)),
  ("msg", "Alex, te cuento una novedad: he montado un estudio de contenidos para marcas de lujo. Un paquete mensual de branded content "
          "(artículo patrocinado, reels y newsletter) cuesta 6.000 €. Con Orsenne me encantaría empezar. ¿Cuándo lo hablamos?", (20, 45)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Filippo Sangalli", "Business Developer | ShowroomPro – gestionale per boutique", "Torino",
  ("inm", "Gestionale per boutique di lusso",
   "Buongiorno Alex, ShowroomPro unisce cassa, magazzino e clienteling per le boutique monomarca. Potrei presentarle il sistema in "
   "videochiamata la prossima settimana?"),
  ("inv", "Ciao Alex, ci siamo incrociati al cocktail di Pitti Uomo in Fortezza, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "fr", "Edwige Lannes", "Consultante retail & expérience client", "Paris",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous étions voisins de table au dîner de la Fédération de la maroquinerie jeudi. Ravie de garder le contact !"))
P("reinvite_known_bad", "es", "Rafael Montoliu", "Director comercial | Lumen Retail – iluminación para tiendas", "Valencia",
  ("inv", "Hola Alex, iluminamos boutiques de lujo con LED de alta reproducción cromática, ideal para piel. ¿Te preparo un estudio lumínico "
          "con presupuesto para Serrano?"),
  ("inv", "Alex, coincidimos en el Madrid Design Festival, en la charla de interiorismo comercial. ¡Un placer, conectamos!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Skye Pemberton-Lowe", "Content creator | Luxury travel & style", "London",
  ("inv", "Hiii Alex! I'm off to Lake Como next month and would love to take an Orsenne bag along for the content 🫶 happy to tag you in everything!"),
  ("inm", "seriously?",
   "Not even a reply? Wow. Brands like yours really think you're above creators. Newsflash: nobody under 35 reads your glossy ads. "
   "Enjoy being irrelevant.", (20, 40)),
  ("inv", "Hi Alex, new year, fresh start 💛 would love to connect properly and chat about a partnership for spring!", (120, 240)))
P("reinvite_known_ugly", "fr", "Hugues Vasseur", "Consultant | Études clientèle luxe", "Paris",
  ("inm", "Étude clientèle chinoise à Paris",
   "Bonjour Alex, nous menons une étude gratuite sur les attentes de la clientèle chinoise dans les boutiques parisiennes depuis la "
   "réouverture des frontières. Les maisons participantes reçoivent la synthèse. Pourrions-nous échanger vingt minutes ?"),
  ("inm", "Suite de l'étude",
   "Merci pour l'échange. La synthèse générale vous parviendra ; l'analyse détaillée pour votre maison, avec recommandations boutique par "
   "boutique, est en revanche proposée à 12 000 € HT. Je vous envoie la proposition ?", (10, 25)),
  ("inv", "Bonjour Alex, ravi d'avoir échangé l'an dernier, je serais heureux de vous compter dans mon réseau.", (90, 200)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Perrine Gaudin", "Directrice de création | Studio Gaudin – vitrines & scénographie", "Paris",
  ("acc",),
  ("msg", "Merci d'avoir pensé à m'ajouter après Maison&Objet ! Puisque vous évoquiez vos vitrines de printemps, voici notre proposition : "
          "conception et pose pour les trois boutiques, 38 000 € HT. On en parle de vive voix ?"))
P("user_invited_pitch_once", "it", "Tommaso Brivio", "Export Manager | Crema & Cera – cura della pelle", "Varese",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Per il vostro servizio post-vendita potremmo fornire i nostri kit di cura per borse in pelle, "
          "con il vostro logo. Ti preparo un listino per le tre boutique?"))
P("user_invited_pitch_once", "fr", "Nina Abernathy", "Founder | Velvet Rope – influencer marketing for luxury", "London",
  ("acc",),
  ("msg", "Thanks for adding me after the trend breakfast! As promised, here's how we'd run Orsenne's Milan Fashion Week seeding: 25 vetted "
          "creators, full reporting, £18k retainer. Can I send the deck?"),
  nl="en")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Jaime Lasarte", "Director de cuentas | DataTienda – analítica retail", "Madrid",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te comentaba en el Retail Forum que DataTienda cruza tráfico, TPV y clienteling para decirte qué "
          "vendedor convierte mejor en cada franja. ¿Hacemos una demo con datos de Serrano?"),
  ("msg", "Alex, te paso la propuesta: 450 € al mes por tienda, con los tres primeros meses al 50 %. ¿La revisamos el jueves?"))
P("user_invited_pitch_twice", "en", "Rupert Hollis", "Managing Director | Hollis Shopfitting", "Birmingham",
  ("acc",),
  ("msg", "Cheers for connecting, Alex. Following our chat at Retail Design Expo: we fit out luxury stores across Europe, joinery to lighting, "
          "on a fixed-price basis. Happy to quote on the Madrid refit."),
  ("msg", "Hi Alex, attached is our indicative quote for Madrid (€410k, 9-week programme). Can we get a call in before our January slots fill?"))
P("user_invited_pitch_twice", "it", "Serena Castoldi", "Business Development | LuxTrain – formazione alla vendita", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per la connessione! I nostri corsi di vendita esperienziale per client advisor hanno alzato lo scontrino medio "
          "del 14% in due maison milanesi. Posso mandarti il programma?"),
  ("msg", "Alex, ti ricontatto: per il primo trimestre abbiamo una promozione su tre giornate in aula a Milano, 9.600 € per gruppi fino a 12 "
          "persone. Ci sentiamo?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Gaëlle Rivoallan", "Directrice retail | Galeries Bellecour", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Comme promis, voici les coordonnées de l'atelier de Villeurbanne qui refait nos tranches et nos "
          "coutures : deux artisanes, 48 h de délai, très fiables. Dites-leur que vous venez de ma part."))
P("user_invited_value", "es", "Nuria Escolano", "Coordinadora de prácticas | Escuela Goya de Moda", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Te adjunto la lista de los seis alumnos de último curso disponibles para prácticas en la campaña de "
          "Navidad, con sus portfolios. El convenio está listo; solo necesitamos el nombre del tutor en tienda."))
P("user_invited_value", "it", "Pietro Lanfranchi", "Giornalista | Lusso Quotidiano", "Milano",
  ("acc",),
  ("msg", "Grazie per aver accettato, Alex. Il pezzo sull'apertura di Montenapoleone è uscito stamattina, ti lascio il link. Le foto del "
          "nostro fotografo sono libere da diritti per i vostri canali, basta citare il credito."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Olympe Hardouin", "Directrice artistique | Maroquinerie", "Paris", ("acc",))
P("acceptance_only", "es", "Tomás Beltrán", "Director de operaciones | Retail de lujo", "Madrid", ("acc",))
P("lone_endorsement", "it", "Greta Bonfanti", "Client Advisor | Moda di lusso", "Milano", ("end",))
P("lone_endorsement", "en", "Mei Lin Hartley", "Buyer, leather goods | London department store", "London", ("end",))


# ------------------------------------------------------------------------- layout eras
# Everyone is in the current layout unless listed here: notes that would read the same in 2016.
ERA_2016 = {"Grégory Valette", "Borja Elizalde", "Iñaki Garmendia", "Jean-Baptiste Ferrandi", "Alessia Brambati", "Davide Colombini",
            "Edwige Lannes", "Tommaso Brivio", "Olympe Hardouin", "Greta Bonfanti", "Gonzalo Ripoll"}
ERAS = {p[2]: ("2016" if p[2] in ERA_2016 else "cur") for p in PEOPLE}

# LinkedIn caps invitation notes at 300 characters.
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({p[2] for p in PEOPLE}) == len(PEOPLE)


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Clémence Aubry", "c.aubry@maison-orsenne.example", "Jury de juin – École Lamartine",
     "Bonjour Alex,\n\nThibaut Kerbrat, de l'École Lamartine, m'a demandé si vous seriez libre pour leur jury de juin ; je lui ai suggéré de vous "
     "écrire sur LinkedIn. Je vous laisse voir si cela vous convient.\n\nBelle journée,\nClémence", "fr"),
    ("Atelier Vitrine", "bonjour@ateliervitrine.example", "Nos vitrines de Noël – suivez-nous sur LinkedIn",
     "Découvrez nos vitrines de Noël pour les maisons de la place Vendôme.\n\nSuivez-nous sur LinkedIn et Instagram pour les coulisses du montage.\n\n"
     "Se désinscrire : https://ateliervitrine.example/u", "fr"),
    ("Jade Okonkwo-Hart", "hello@jadeokhart.example", "Following up on my LinkedIn invite 💌",
     "Hi Alex,\n\njust making sure my LinkedIn invite didn't get lost! Media kit attached again, rates valid till the end of the month.\n\nxx Jade", "en"),
    ("Ufficio Stampa Orsenne", "press.milano@maison-orsenne.example", "Richiesta stampa da Revista Atelier",
     "Ciao Alex,\n\nCandela Urquijo di Revista Atelier ci ha scritto per un'intervista e dice di averti mandato anche un invito su LinkedIn. "
     "Vuoi che fissiamo noi l'appuntamento a Madrid?\n\nUn caro saluto", "it"),
    ("Ressources Humaines Orsenne", "rh@maison-orsenne.example", "Annonce Store Manager Madrid en ligne",
     "Bonjour Alex,\n\nl'annonce pour le poste de Store Manager Madrid est en ligne sur LinkedIn et sur notre site carrières. Les premières "
     "candidatures arrivent déjà.\n\nCordialement,\nL'équipe RH", "fr"),
    ("Consorzio Via Montenapoleone", "news@viamontenapoleone.example", "Newsletter soci – novembre",
     "Cari soci,\n\nin questo numero: orari natalizi, nuove regole per le vetrine e il calendario dei briefing. Seguiteci anche su LinkedIn per "
     "gli aggiornamenti in tempo reale.", "it"),
    ("Javier Montes", "j.montes@maison-orsenne.example", "Fwd: invitación de LinkedIn",
     "Alex, ¿conoces a este señor? Me ha llegado su invitación de LinkedIn a mí también.\n\n---------- Mensaje reenviado ----------\n"
     "De: Borja Elizalde a través de LinkedIn <invitations@linkedin.com>\nAsunto: Quiero conectar\n\n"
     "Hola Javier, me gustaría añadirte a mi red profesional de LinkedIn.", "es"),
    ("Luxury Retail Forum", "events@luxuryretailforum.example", "Your place on the November store walk",
     "Hi Alex,\n\nyou're confirmed for the store walk on 14 November, 8:00 at the corner of Mount Street. Harriet mentioned she'd reached out "
     "on LinkedIn too.\n\nSee you there!", "en"),
    ("Service informatique", "it-support@maison-orsenne.example", "Alerte : fausses invitations LinkedIn",
     "Bonjour à tous,\n\nplusieurs collaborateurs ont reçu de fausses notifications LinkedIn (expéditeur linkedln.com, avec un « l » à la place "
     "du « i »). Ne cliquez sur aucun lien et transférez-les à securite@maison-orsenne.example.", "fr"),
    ("Clienteling Suite", "noreply@clientelingsuite.example", "Weekly report: 42 client follow-ups overdue",
     "Your boutiques have 42 overdue client follow-ups this week.\n\nTip: connect LinkedIn to enrich your client profiles (beta).", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot eighty-ninth development corpus (dev89). Generated by scripts/make_corpus_dev89.py (seed {SEED}); do not edit by hand.",
          "# Alex as retail director of a luxury leather-goods house with boutiques in Paris, Milan and Madrid: VM and store-design agencies, "
          "retail-tech and clienteling vendors, influencers and stylists, fashion journalists, headhunters, peer retail directors, fashion "
          "schools. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev89", SEED, PEOPLE, FOREIGN, spoofs=10, other=14, header=HEADER, eras=ERAS)
