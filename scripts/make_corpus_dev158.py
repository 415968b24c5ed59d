#!/usr/bin/env python3
"""Write mailbot's dev158 corpus: tests/corpus/dev158/*.eml + expected.toml.

The angle: February and March 2018 in the inbox of Alex, a self-employed wedding and event
photographer in Seville who sells a service as well as being sold to. Couples, parents of the
bride and wedding planners who want to book (buyers, so value to the user), a hotel and an
incentive-travel agency hiring for the season, photographers passing on dates they cannot
cover, free talks and portfolio reviews; against that, camera-gear, album, packaging, paper and
software sellers, pay-to-exhibit wedding fairs, paid directories and "recommended supplier"
lists, paid workshops and mentoring, fake bookings that end in an overpayment cheque, styled
shoots and award nominations that turn out to cost money, and clients who turn rude once they
hear the price. Writers use Andalusian and standard Spanish, British and world English, and some
Italian, French and German. LinkedIn's own wording is mostly Spanish and English.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py; the endorsement skills, the user's headline, job alerts, spoof-only
names and spoof texts are swapped for this world in this process only. Every note was written
from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev158.py              # writes tests/corpus/dev158
    python scripts/make_corpus_dev158.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20180158

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2018, 2, 1, 7, 10, tzinfo=timezone.utc)
WIN_HI = datetime(2018, 3, 31, 21, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (5, 11), "acc": (0, 0), "end": (1, 8), "msg": (2, 10), "inm": (3, 10), "inv": (18, 28)})


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months."""
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a wedding photographer in Seville (this process only)
RHEADLINE = "Fotógrafo de bodas y eventos en Sevilla | Alex Morgan Fotografía"
SKILLS = {
    "es": ["Fotografía de bodas", "Fotografía de eventos", "Retrato", "Adobe Lightroom", "Edición fotográfica", "Fotografía documental"],
    "en": ["Wedding Photography", "Event Photography", "Portrait Photography", "Adobe Lightroom", "Photo Editing", "Documentary Photography"],
    "it": ["Fotografia di matrimonio", "Fotografia di eventi", "Ritratto", "Adobe Lightroom", "Fotoritocco"],
    "fr": ["Photographie de mariage", "Photographie événementielle", "Portrait", "Adobe Lightroom", "Retouche photo"],
    "de": ["Hochzeitsfotografie", "Eventfotografie", "Porträtfotografie", "Adobe Lightroom", "Bildbearbeitung"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE

mc.LANGS[:] = ["es", "en", "es", "es", "en"]
mc.NAMES["es"] = (["Rocío", "Manuel", "Macarena", "Juan Carlos", "Esperanza", "Francisco", "Araceli", "José Luis", "Consuelo", "Alfonso",
                   "Triana", "Joaquín", "Soledad", "Rafael", "Amparo", "Emilio"],
                  ["Romero", "Jiménez", "Barrera", "Delgado", "Caballero", "Espinosa", "Navarro", "Lara", "Vega", "Moreno", "Trujillo", "Salas"])
mc.NAMES["en"] = (["Charlotte", "Ben", "Amelia", "Harry", "Isla", "Josh", "Freya", "Sam", "Poppy", "Callum"],
                  ["Whitaker", "Ingram", "Hale", "Prescott", "Dunmore", "Fairley", "Lomax", "Penrose"])
mc.CITY["es"] = ["Sevilla", "Dos Hermanas", "Jerez de la Frontera", "Córdoba", "Huelva", "Málaga"]
mc.CITY["en"] = ["London", "Manchester", "Dublin", "Gibraltar", "Bristol", "Edinburgh"]
mc.JOBS[:] = [("Fotógrafo/a de eventos (temporada)", "Grupo Hotelero Giralda"), ("Destination Wedding Photographer", "Amalfi & Beyond Weddings"),
              ("Editor/a de fotografía", "Estudio Triana Imagen"), ("Photo & Video Content Creator", "Bodegas Montenegro"),
              ("Fotógrafo de producto (media jornada)", "Cerámica La Cartuja Nueva")]
mc.COMPANIES["good"] = ["Grupo Hotelero Giralda", "Hacienda Los Miradores", "Estudio Triana Imagen", "Lane & Co. Spain", "Palacio de los Sueños Hotel",
                        "Amparo Villalón Eventos", "Asociación Fotográfica de Triana"]
mc.COMPANIES["sales"] = ["ShootBooker", "AlbumCraft Pro", "Fotolibri Veneto", "NoviosPlus", "StudioFlow CRM", "LensVault Insurance", "Lumio Presets",
                         "Feria Sevilla de Novios"]
mc.HEADLINES["good"] = ["Wedding Planner | {co}", "Fotógrafa de bodas en {co}", "Responsable de eventos en {co}", "Event Producer at {co}",
                        "Second shooter & editor at {co}", "Coordinadora de bodas | {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Business Development | {co}", "Helping wedding photographers book more couples | {co}",
                         "Comercial en {co}", "Founder @ {co}", "Partnerships Manager, {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "untrusted:mx.google.com",
                       "nodkim", "display:outlook.com", "buried"]
SPOOF_PITCH = {
    "es": ["Hola {first}, una pareja te ha enviado el pago de la señal de su boda. Inicia sesión para confirmar la transferencia antes de 48 horas.",
           "Hola {first}, te he compartido el contrato de la boda firmado en PDF. Accede con tu cuenta para descargarlo."],
    "en": ["Hi {first}, a client has sent you a booking deposit. Sign in to accept the payment before it is returned.",
           "Hello {first}, I've shared the signed wedding contract with you. Log in to view and download the document."],
    "it": ["Ciao {first}, una coppia ti ha inviato l'acconto per il matrimonio. Accedi per confermare il pagamento.",
           "Ciao {first}, ti ho condiviso il contratto firmato in PDF. Accedi per scaricarlo."],
    "fr": ["Bonjour {first}, un couple vous a envoyé l'acompte de son mariage. Connectez-vous pour valider le paiement.",
           "Bonjour {first}, je vous ai partagé le contrat signé. Connectez-vous pour le télécharger."],
    "de": ["Hallo {first}, ein Brautpaar hat Ihnen die Anzahlung geschickt. Melden Sie sich an, um die Zahlung zu bestätigen.",
           "Hallo {first}, ich habe Ihnen den unterschriebenen Vertrag freigegeben. Bitte anmelden, um ihn herunterzuladen."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "es": {"job": ("{n} empleos nuevos para «fotógrafo de eventos»", "Tu alerta de empleo para fotógrafo de eventos en {city}"),
           "news": "¿Está cambiando la boda grande por la boda íntima?", "group": "Conversaciones destacadas en Fotógrafos de Boda de Andalucía",
           "newsletter": "Cuaderno de luz: cómo fotografiar una boda a las 14:00 en agosto"},
    "en": {"job": ("{n} new jobs for \"event photographer\"", "Your job alert for event photographer in {city}"),
           "news": "Are couples spending more on photos than on the dress?", "group": "Top conversations in Wedding Photographers Europe",
           "newsletter": "The Second Shooter: pricing your first full season"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation (buyers, planners, peers, free events)
P("good_invitation", "es", "Rocío Valderrama", "Enfermera en Hospital Virgen Macarena", "Sevilla",
  ("inv", "Hola Alex! Me caso con Javi el 13 de octubre en una hacienda de Carmona y mi amiga Lidia me enseñó las fotos que le hiciste en su boda, "
          "nos encantaron. ¿Tienes esa fecha libre? Me gustaría que me contaras cómo trabajas y qué precios tienes."),
  ("rem",))
P("good_invitation", "en", "Chiara Pellegrini", "Wedding Planner | Chiara Pellegrini Eventi", "Firenze",
  ("inv", "Ciao Alex, sono una wedding planner di Firenze. A maggio 2019 ho una coppia anglo-italiana che si sposa a Siviglia e cercano un fotografo "
          "del posto, stile reportage. Ho visto il tuo portfolio e mi piace molto: posso scriverti i dettagli?"),
  nl="it")
P("good_invitation", "es", "Fernando Ruiz-Berdejo", "Fotógrafo de bodas | Jerez y Sanlúcar", "Jerez de la Frontera",
  ("inv", "Quillo Alex, soy fotógrafo en Jerez. El 7 de julio tengo dos bodas y la de Sevilla no la puedo coger: Real Alcázar, 120 invitados, "
          "pareja muy maja. Si tienes el día libre se la paso a ti, acéptame y te doy los datos."))
P("good_invitation", "es", "Inmaculada Ortiz", "Presidenta | Asociación Fotográfica de Triana", "Sevilla",
  ("inv", "Buenas tardes Alex. El jueves 22 de febrero hacemos en la asociación una charla sobre flash en exteriores, entrada libre para socios y "
          "no socios. Estaría muy bien verte por allí, y si quieres enseñar un par de fotos tuyas en el coloquio, encantados."),
  ("rem",))
P("good_invitation", "en", "Harriet Blackwood", "Features Editor | The Wedding Journal", "London",
  ("inv", "Hi Alex, I'm writing a piece on getting married in Andalusia for our summer issue and would love to run two or three of your Seville "
          "images, credited, alongside a few quotes from you. Could we connect so I can send the questions over?"))
P("good_invitation", "es", "Katrin Vogel", "Lehrerin | Gymnasium Freiburg", "Freiburg im Breisgau",
  ("inv", "Hallo Alex, mein Verlobter (Sevillano) und ich heiraten im Mai 2019 in Sevilla. Wir suchen einen Fotografen, der Englisch oder Deutsch "
          "spricht, damit sich meine Familie nicht verloren fühlt. Hättest du Zeit für ein kurzes Skype-Gespräch?"),
  ("rem",), nl="de")
P("good_invitation", "es", "Marta Lissén", "Responsable de Eventos | Hotel Casa Palacio Alameda", "Sevilla",
  ("inv", "Hola Alex, estamos actualizando la lista de fotógrafos que recomendamos a las parejas que celebran en el hotel y dos novias del año "
          "pasado nos dieron tu nombre. Si te parece bien te incluimos; solo necesitaríamos un dossier con tu trabajo."))


# =============================================================== default_invitation
P("default_invitation", "es", "Antonio Cabello", "Comercial en Cabello Audiovisuales", "Dos Hermanas", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Jake Thornbury", "Photographer | Videographer | Drone pilot", "Málaga", ("inv", NONOTE))
P("default_invitation", "es", "Lorena Garrido", "Maquilladora y peluquera de novias", "Sevilla", ("inv", DEFAULT))


# =============================================================== sales_invitation (albums, fairs, ads, add-ons)
P("sales_invitation", "es", "Ignacio Pavón", "Director comercial | Álbumes Artesanos Lucena", "Lucena",
  ("inv", "Hola Alex, en Lucena fabricamos a mano álbumes de boda en lino y piel. Para estudios que nos prueban este mes hay un 20% en el primer "
          "pedido y la caja de presentación va de regalo. ¿Quieres que te envíe el muestrario con las tarifas?"))
P("sales_invitation", "es", "Begoña Villalobos", "Organización | Feria Sevilla de Novios 2018", "Sevilla",
  ("inv", "Buenos días Alex, nos quedan seis stands para la Feria de Novios de FIBES (10 y 11 de marzo). El de fotografía, 9 m², sale a 1.150 € + IVA "
          "y esperamos unas 2.000 parejas. ¿Te reservo uno antes de que se acaben?"),
  ("rem",))
P("sales_invitation", "en", "Ollie Brennan", "Growth Lead @ ShootBooker | More weddings for photographers", "Dublin",
  ("inv", "Hey Alex - we run Facebook and Instagram ads for wedding photographers and guarantee 10 qualified enquiries a month or you don't pay. "
          "We only take two studios per city and Seville has one left. 15 mins this week?"))
P("sales_invitation", "es", "Davide Morandi", "Export Manager | Fotolibri Veneto", "Treviso",
  ("inv", "Buongiorno Alex, produciamo album fine art e flushmount per fotografi di tutta Europa, in Spagna consegniamo in 8 giorni lavorativi. "
          "Le mando volentieri il listino professionale e un album campione a prezzo di costo."),
  nl="it")
P("sales_invitation", "es", "Rafael Tirado", "CEO | FotoMatón Sur – fotomatón y photocall para bodas", "Málaga",
  ("inv", "Qué tal Alex! Buscamos fotógrafos de boda que ofrezcan nuestro fotomatón como extra a sus parejas: tú lo vendes y te llevas un 15%. "
          "Packs desde 290 €. Te lo explico en una llamada de diez minutos, ¿cuándo te va bien?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Jesús Marín", "Fundador | Red Andaluza de Profesionales de Bodas", "Sevilla",
  ("inv", "Hola Alex, estamos juntando fotógrafos, floristas, planners y fincas de Andalucía en un grupo para pasarnos las bodas y fechas que no "
          "podemos cubrir. Sin postureo, gente que currela. ¿Te vienes?"),
  ("msg", "¡Bienvenido, Alex! Para aparecer en el directorio de la Red y recibir las bodas que se reparten hay una cuota de 35 €/mes, o 350 € al año "
          "(te ahorras dos meses). Te paso el enlace de pago y en 24 horas estás dentro. Las primeras bodas de marzo ya están colgadas.", (3, 8)),
  ("msg", "Alex, ¿lo pudiste mirar? Esta semana se han repartido cuatro bodas en Sevilla y tú te las has perdido, qué pena. "
          "Te guardo la tarifa anual hasta el viernes.", (4, 9)))
P("bait_and_switch_invitation", "en", "Sienna Caldwell", "Creative Director | Golden Hour Styled Shoots", "Marbella",
  ("inv", "Hi Alex! We're putting on a styled shoot at a cortijo near Ronda on 17 March (florals, a couture gown, two models, the works) and "
          "inviting a handful of Andalusian photographers to shoot it for their portfolios. We'd love you there!"),
  ("msg", "So glad you're in! To lock in your place, the creative contribution is €280 per photographer, which covers the venue, models and styling, "
          "and we guarantee a submission to two wedding blogs. Could you transfer it by Friday? Bank details below x"))
P("bait_and_switch_invitation", "es", "Michael Anders", "Project Manager at Northsea Drilling Services", "Aberdeen",
  ("inv", "Hello Alex, my fiancee and me will be getting married in Seville this August and we have seen your wonderful pictures. "
          "Please accept so i can give you details of our wedding. Thank you"),
  ("msg", "Thanks for accepting. The date is 18 August, about 150 guest. We are okay with your price of 2.900 euro. I am working offshore so my "
          "client will pay you with a certified cheque of 6.500 euro. Please deduct your fee and send the balance by Western Union to our wedding "
          "planner for the venue. Send me your full name and address for the cheque."),
  ("msg", "Hello Alex, the cheque was sent yesterday by courier. Please when you receive it make the transfer to the planner urgently because "
          "she need to pay the venue or we lose the date. God bless", (3, 7)),
  nl="en")
P("bait_and_switch_invitation", "es", "Luca Ferrante", "Fotografo di matrimonio | Bari", "Bari",
  ("inv", "Ciao Alex, collega fotografo da Bari. Posso farti una domanda tecnica? Nelle chiese buie a che ISO arrivi e usi il flash di rimbalzo "
          "o solo luce ambiente? Ho visto i tuoi scatti alla Macarena, pazzeschi."),
  ("msg", "Grazie per avermi accettato! Visto che siamo del mestiere, ti dico: sto lanciando un percorso di mentoring 1:1 per fotografi di "
          "matrimonio, otto sessioni più revisione del portfolio, 1.200 €. Per i primi dieci colleghi 900 €. Ti interessa?", (2, 6)),
  nl="it")
P("bait_and_switch_invitation", "es", "Pilar Ochoa", "Directora comercial | Cortijo Los Olivares – Eventos", "Utrera",
  ("inv", "Hola Alex, en el cortijo hacemos una jornada de puertas abiertas para novios y queremos que vengan fotógrafos de la zona a conocer "
          "los espacios y a hacer fotos con la luz de la tarde. Es gratis y hay copa al final. ¿Te apunto?"),
  ("msg", "¡Qué bien que vengas! Te comento: los fotógrafos que quieran salir en nuestro listado de proveedores recomendados, que reciben todas "
          "las parejas que reservan, pagan 450 € al año. Si lo cierras esta semana te ponemos tu roll-up en la jornada. ¿Te hago la proforma?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Daniel Whitmore", "Offshore Engineer", "Houston",
  ("inm", "Wedding photography enquiry", "Hi Alex, I hope you are fine. I am planning a surprise wedding for my fiancee in Seville on 30th June, "
          "small ceremony, around 60 guests. We saw your website and really love your style. Please let me know your availability and the cost "
          "for a full day coverage."),
  ("inm", "Re: Wedding photography enquiry", "Dear Alex, thanks for the fast reply, your price is ok for us. My financial assistant will send you "
          "a cheque of 5,800 EUR which include the money for our event planner who dont accept card. When it clears keep your 2,400 plus 200 for "
          "your troubles and send the rest to the planner by money transfer. Please send your full name, address and mobile number.", (3, 7)))
P("bait_and_switch_inmail", "es", "Carlota Arjona", "Editora | Revista Novias del Sur", "Sevilla",
  ("inm", "Queremos publicar tu boda", "Hola Alex, hemos visto en tu blog la boda de Lucía y Pablo en el Palacio de las Dueñas y nos encantaría "
          "sacarla en el número de primavera de Novias del Sur, con entrevista a los novios y mención destacada al fotógrafo. ¿Nos la mandarías?"),
  ("inm", "Publicación número de primavera", "Alex, ¡genial que te guste la idea! Te paso las condiciones: publicar una boda real tiene un coste "
          "de 240 € + IVA para el fotógrafo (doble página y un banner un mes en la web). Por 390 € te incluimos además en la guía de proveedores. "
          "Quedo atenta."))
P("bait_and_switch_inmail", "es", "Amandine Roussel", "Responsable du jury | European Wedding Photo Awards", "Lyon",
  ("inm", "Nomination – European Wedding Photo Awards 2018", "Bonjour Alex, votre photo de sortie d'église sous la pluie a été repérée par notre "
          "comité et nominée dans la catégorie « Cérémonie ». Félicitations ! Pouvez-vous nous confirmer que vous acceptez la nomination ?"),
  ("inm", "Confirmation de votre nomination", "Merci Alex pour votre retour. Pour valider la nomination et l'entrée en finale, des frais de "
          "participation de 89 € par image s'appliquent (nous conseillons 4 images pour maximiser vos chances). Le badge « Finalist 2018 » sera "
          "ensuite à vous pour votre site. Le lien de paiement est ci-dessous."),
  nl="fr")
P("bait_and_switch_inmail", "en", "Bella Marín", "Lifestyle creator | 180K on Instagram", "Barcelona",
  ("inm", "collab idea 📸", "Hey Alex! I'm in Seville in March and would love to do a shoot with you at Plaza de España, I'd tag you in everything. "
          "My audience is mostly brides-to-be in the UK and Spain so could be great for you! Interested?"),
  ("inm", "Re: collab idea 📸", "Yay!! So for collabs my rate card is €600 for a feed post + 3 stories tagging you, or €950 with a reel. The shoot "
          "itself you'd do for free of course since it's exposure for you. Which package works for you? 💕"))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Curro Benítez", "Videógrafo de bodas | Curro Films", "Sevilla",
  ("end",), ("end",),
  ("msg", "Illo Alex, te he validado {skill} y un par de cosas más, que te lo mereces. ¿Me devuelves el favor con Vídeo de bodas y Montaje? "
          "Estoy arreglando el perfil y no tengo ni una, jajaja. Un abrazo, miarma"))
P("endorse_me_back", "en", "Tom Hadley", "Wedding & Elopement Photographer | Seville & Granada", "Granada",
  ("end",),
  ("msg", "Morning Alex - just endorsed you for {skill}. Would you mind returning the favour on Wedding Photography and Lightroom when you've "
          "a sec? Trying to make the profile look a bit less empty before the season kicks off. Cheers mate"))
P("endorse_me_back", "it", "Federica Sala", "Fotografa | Ritratti e matrimoni", "Milano",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill}... mi faresti una cortesia? Se anche tu mi confermi Fotografia di matrimonio e Ritratto mi aiuti "
          "un sacco, sto provando a farmi conoscere anche in Spagna. Grazie mille, un abbraccio!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Mari Carmen Rivas", "Administrativa en Construcciones Rivas", "Alcalá de Guadaíra",
  ("inv", "Hola, quería saber el precio de un reportaje de boda para el 2 de junio en Alcalá, algo sencillito, la iglesia y el banquete. Gracias"),
  ("rem",),
  ("inm", "Sin respuesta", "Vaya tela. Te pido un precio por aquí, ni me aceptas ni me contestas, y luego me entero por mi prima de que a ella sí "
          "se lo diste. Mu poco profesional, que lo sepas. Menos mal que no te he contratao."))
P("hostility_after_decline", "en", "Gavin Pryce", "Founder | Pryce Digital – websites for photographers", "Bristol",
  ("inv", "Alex, your site takes 9 seconds to load on mobile. That's couples walking away. I build fast sites for wedding photographers - fancy a "
          "free audit?"),
  ("inm", "Suit yourself", "Left my invite sitting there for a fortnight, I see. Fine. Don't come crying when the bookings dry up because nobody "
          "can open your gallery. Bit arrogant for someone who shoots weddings in a city full of photographers."))
P("hostility_after_decline", "es", "Sergio Maldonado", "Fotógrafo", "Sevilla",
  ("inv", DEFAULT),
  ("inm", "...", "¿Tú te crees que eres el único fotógrafo de Sevilla? Te manda solicitud un compañero y ni caso. Ya veremos cuando te haga falta "
          "un segundo fotógrafo, flipao."))
P("hostility_after_decline", "es", "Gianluca Bonetti", "Wedding Planner | Bonetti Luxury Weddings", "Roma",
  ("inv", "Buongiorno Alex, organizzo matrimoni di lusso in Andalusia per clienti americani. Vorrei inserirti tra i miei fotografi di fiducia: "
          "ti chiedo solo uno sconto del 30% riservato alle mie coppie. Collegati pure."),
  ("inm", "Peccato", "Vedo che non hai accettato. Ti dico solo una cosa: in questo lavoro l'umiltà conta più del talento, e tu evidentemente non "
          "ce l'hai. I miei clienti li porto da un altro. Buon lavoro."),
  nl="it")


# =============================================================== hostility_connection
P("hostility_connection", "es", "Vanessa Lozano", "Dependienta | Moda y complementos", "Bormujos",
  ("msg", "Hola Alex!! Soy Vanessa, la prima de Estefanía, la de Bormujos. Nos casamos en septiembre y queremos que nos hagas tú las fotos, ¿me mandas "
          "precio? Iglesia de Santa Ana y luego el convite en un salón de Mairena."),
  ("msg", "¿1.650 €?? ¿Pero tú estás bien de la cabeza? Y encima me dices que no haces descuento por ser la prima. Mi primo con el móvil las "
          "hace mejor. Sois unos sinvergüenzas todos los fotógrafos, os aprovecháis de la gente. Y ni se te ocurra decirle nada a mi prima.", (2, 5)))
P("hostility_connection", "en", "Craig Dempsey", "Sales Manager at LensVault Insurance", "Manchester",
  ("acc",),
  ("msg", "Thanks for connecting Alex. Quick one: if your kit got nicked from the car at a venue tomorrow, would you be covered? Our policy for "
          "working photographers covers gear, public liability and lost images from £14 a month. Want me to run you a quote?"),
  ("msg", "'No thanks, I'm sorted' - that's it? I spent time looking at your setup and you can't give me two minutes. Says a lot about how "
          "seriously you take your business. Good luck when something goes wrong, you'll need it.", (2, 6)))
P("hostility_connection", "es", "Ana Belén Roldán", "Comercial | Laboratorio Fotográfico Guadalquivir", "Sevilla",
  ("msg", "Buenas Alex, te escribo del labo. Este año tenemos álbumes panorámicos nuevos y revelado fine art con un 15% para fotógrafos de boda "
          "que nos hagan más de 20 pedidos al año. ¿Te paso tarifas?"),
  ("msg", "Pues nada, tú sigue imprimiendo fuera y luego te quejas de la calidad. Hay que tener poca vergüenza para decirme que 'ya tienes "
          "proveedor' después de lo que te ayudamos cuando empezabas. Muy feo, Alex.", (3, 8)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Ricardo Almansa", "Distribuidor | Material fotográfico profesional", "Madrid",
  ("msg", "Alex buenas, acaba de entrar stock de la Nikon D850, que está imposible de conseguir. Tengo tres unidades para profesionales a 3.699 € "
          "con envío en 24 h. Si te interesa te reservo una, pero vuelan."),
  ("msg", "Buenas otra vez. Me quedan dos D850 y te puedo hacer precio en el 24-70 f/2.8 si te lo llevas junto. Dime algo hoy si puede ser."))
P("connection_only_pitches", "en", "Naomi Fitch", "Client Success | AlbumCraft Pro", "Leeds",
  ("msg", "Hi Alex, I noticed you shoot a lot of weddings, so album design must eat your whole winter. AlbumCraft designs a 40-spread album in "
          "about four minutes, and annual plans are 30% off until the end of February. Shall I set you up with a trial?"),
  ("msg", "Hi again! Last call on the 30% - it ends Wednesday. Happy to jump on a screen share and lay out one of your real weddings live."),
  ("msg", "Alex, I'll assume now isn't a good time. Here's our spring offer anyway: two licences for the price of one if you work with a second "
          "shooter."))
P("connection_only_pitches", "es", "Encarni Moreno", "Organizadora | Expo Boda Andalucía", "Córdoba",
  ("msg", "¡Hola Alex! Ya estamos con la Expo Boda de Córdoba, 14 y 15 de abril. Para fotógrafos el stand de esquina sale a 890 € y el normal a "
          "690 €; el año pasado se registraron 1.500 parejas. ¿Te guardo uno?"),
  ("msg", "Alex, te vuelvo a escribir porque solo quedan tres stands de fotografía. Si confirmas esta semana te metemos gratis en el catálogo "
          "digital."))
P("connection_only_pitches", "it", "Matteo Rinaldi", "Sales | Lumio Presets & LUTs", "Torino",
  ("msg", "Ciao Alex! Abbiamo appena lanciato il pack 'Andalusia Golden', preset per Lightroom pensati per i matrimoni sotto il sole del sud. "
          "49 € invece di 89 € per i primi 100 acquirenti. Te lo mando?"),
  ("msg", "Ehi Alex, oggi è l'ultimo giorno di sconto! E se lo prendi insieme al pack 'Film Emulation' paghi 69 € per tutti e due."))


# =============================================================== single_pitch
P("single_pitch", "es", "Paco Gallardo", "Carpintero | Photocalls y letreros de madera", "Écija",
  ("msg", "Alex qué pasa, soy Paco, el de los photocalls de madera de la boda de Osuna. Estoy haciendo marcos y letreros para bodas y a los "
          "fotógrafos os los dejo a precio de taller pa que los ofrezcáis en vuestros packs. Si quieres te paso fotos y precios."))
P("single_pitch", "en", "Hannah Goldberg", "Account Manager | Pixfolio client galleries", "London",
  ("msg", "Hi Alex, are you still sending galleries by WeTransfer? Pixfolio gives your couples a branded online gallery with print sales built "
          "in, and you keep 85% of the print revenue. Free for 14 days, then €15 a month. Happy to set it up for you."))
P("single_pitch", "es", "Julien Marchetti", "Fondateur | Drone Vision Côte d'Azur", "Nice",
  ("msg", "Salut Alex, on s'est croisés au mariage de Gaspard à Carmona l'an dernier. Je lance une offre de prises de vue par drone pour les "
          "photographes de mariage en Andalousie : 350 € la demi-journée, images livrées sous 48 h. Ça compléterait bien tes formules, je t'envoie "
          "la plaquette ?"),
  nl="fr")


# =============================================================== connection_brings_value (passing work on, free help)
P("connection_brings_value", "es", "Reyes Domínguez", "Wedding Planner | Reyes Domínguez Bodas", "Sevilla",
  ("msg", "Alex, tengo una pareja de Valencia que se casa en la Hacienda Los Miradores el 29 de septiembre y me piden fotógrafo de estilo "
          "documental. Les he hablado de ti. ¿Te paso su email o prefieres que les dé tu teléfono?"),
  ("msg", "Hecho, ya les he mandado tu web. Se llaman Irene y Sergio y están mirando presupuestos esta semana, así que si te escriben ya sabes "
          "de dónde vienen 😉"))
P("connection_brings_value", "en", "Marcus Eriksen", "Wedding photographer | Copenhagen & beyond", "Copenhagen",
  ("msg", "Hey Alex, I've got a Danish couple asking about Seville for April 2019 and I'm not travelling that month. You were the first name that "
          "came to mind after the meetup in Lisbon. Okay if I pass on your details?"))
P("connection_brings_value", "es", "Lola Castaño", "Fotógrafa de bodas | Huelva", "Huelva",
  ("end",),
  ("msg", "¡Hola Alex! Oye, el sábado me ha fallado el segundo fotógrafo para una boda en Ayamonte. ¿Conoces a alguien? Pago 200 € más gasolina, "
          "ceremonia y banquete. Si te cuadra a ti, mejor que mejor."))
P("connection_brings_value", "de", "Sabine Hartl", "Hochzeitsplanerin | Sabine Hartl Weddings", "München",
  ("msg", "Hallo Alex, anbei wie besprochen meine Liste der Locations rund um Sevilla, die meine Paare bisher gebucht haben, mit Ansprechpartnern. "
          "Vielleicht hilft dir das bei deutschen Anfragen. Und falls du nächstes Jahr zur Hochzeitsmesse nach München kommst: Leg gern ein paar "
          "Alben an meinem Stand aus, kostet dich nichts."))


# =============================================================== stranger_inmail_recruiter (people who want to hire)
P("stranger_inmail_recruiter", "es", "Beatriz Solís", "HR Manager | Grupo Hotelero Giralda", "Sevilla",
  ("inm", "Fotógrafo/a de eventos – temporada 2018", "Hola Alex, en el Grupo Giralda buscamos fotógrafo/a para los eventos de empresa y las bodas "
          "de nuestros tres hoteles de abril a octubre, con contrato de temporada o como colaborador autónomo, lo que prefieras. Tu perfil encaja "
          "muy bien. ¿Podemos hablar esta semana?"))
P("stranger_inmail_recruiter", "en", "Jessica Park", "Event Producer | Meridian Incentive Travel", "New York",
  ("inm", "Photographer needed – Seville, 16–19 May", "Hi Alex, we're bringing 180 sales reps to Seville in May for an incentive trip and need a "
          "local photographer for three days: a gala dinner in a palace, a flamenco night and candid daytime coverage. Day rate plus expenses. "
          "Could you send me your availability and rates?"))
P("stranger_inmail_recruiter", "es", "Valeria Costa", "Photo Editor | Studio Aurea Matrimoni", "Roma",
  ("inm", "Collaborazione stagione 2018", "Ciao Alex, siamo uno studio di Roma e quest'anno abbiamo parecchi matrimoni in Spagna (Siviglia, Granada, "
          "Marbella). Cerchiamo un fotografo del posto come primo o secondo fotografo, compenso a giornata concordato prima di ogni evento. Ti "
          "andrebbe di sentirci?"),
  nl="it")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Ryan Kowalczyk", "Account Executive | StudioFlow CRM for photographers", "Austin",
  ("inm", "Stop losing leads in your inbox", "Hi Alex, most wedding photographers we talk to lose one enquiry in five to slow replies. StudioFlow "
          "answers instantly, sends the contract and collects the deposit. Could I show you a 12-minute demo this week?"),
  ("inm", "Re: Stop losing leads in your inbox", "Hi Alex, bumping this up. We've just launched Spanish-language templates, which I thought you'd "
          "like. Does Thursday at 5pm your time work?"))
P("stranger_inmail_sales", "es", "Óscar Pizarro", "Asesor | Seguros para profesionales de la imagen", "Sevilla",
  ("inm", "Seguro de equipo y RC", "Buenas tardes Alex: ¿tienes asegurado el equipo fuera del estudio? Muchos fotógrafos de boda descubren tarde que "
          "el seguro del hogar no cubre un robo en el coche. Te preparo un presupuesto sin compromiso en 24 horas."))
P("stranger_inmail_sales", "es", "Natalia Cuevas", "Marketing | NoviosPlus Directorio", "Madrid",
  ("inm", "Sal el primero en Sevilla", "Hola Alex: en NoviosPlus cada día hay parejas de Sevilla buscando fotógrafo. Con el plan Destacado apareces "
          "entre los tres primeros y te llegan las solicitudes al momento. Este mes, tres meses por el precio de dos. ¿Te llamo y te lo explico?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Nacho Velasco", "Videógrafo | Velasco Studio", "Sevilla",
  ("inv", "Hola Alex, soy videógrafo aquí en Sevilla y muchas parejas me piden un fotógrafo de confianza. Me gustaría poder recomendarte, y si te "
          "apetece nos tomamos un café y vemos cómo trabaja cada uno."),
  ("msg", "¡Gracias por el café del otro día! Como te dije, te he recomendado a una pareja que se casa en el Alcázar en julio, Marina y Jorge. "
          "Te escribirán esta semana."),
  ("end",),
  ("msg", "Alex, una cosilla: te he validado {skill} y alguna más. ¿Me validas tú Videografía y Drone? Que me hacen falta pa el perfil nuevo. "
          "¡Gracias, crack!"))
P("good_turns_ugly", "en", "Georgia Lane", "Destination Wedding Planner | Lane & Co. Spain", "Marbella",
  ("inv", "Hi Alex, I host a free breakfast once a month for wedding suppliers in Seville and on the coast - no pitches, just swapping notes on the "
          "season. Next one is 6 March in Seville. Would love you to come along."),
  ("msg", "Lovely to meet you at the breakfast! As promised, here's the couple from Surrey who want a city shoot the day after their wedding: "
          "Amy and Ben, amy.ben2018@example.com. They're expecting your email.", (3, 8)),
  ("msg", "Hi Alex, quick update: from April my recommended suppliers list becomes a paid membership, £400 a year, which includes a profile on "
          "our website and priority referrals. Shall I send the invoice so you keep your spot?", (4, 9)))
P("good_turns_ugly", "fr", "Camille Berthier", "Photographe de mariage | Formatrice", "Toulouse",
  ("inv", "Bonjour Alex, je suis photographe à Toulouse et j'ai un mariage à Séville en juin. Tu pourrais me dire quelles autorisations il faut "
          "pour photographier à l'Alcázar et Plaza de España ? Je t'offre un café quand je passe !"),
  ("msg", "Merci infiniment pour toutes ces infos, tu m'as sauvé la vie ! En retour, je t'envoie un couple de Bordeaux qui cherche un photographe "
          "pour leur mariage à Cadix en 2019, je leur ai donné ton adresse."),
  ("msg", "Coucou Alex ! Je lance ma formation en ligne « Vivre de la photo de mariage » (497 €). Comme tu m'as aidée, je te fais -40 % avec le "
          "code ALEX40, et si tu la partages à tes contacts photographes tu touches 30 % sur chaque vente. Ça te dit ?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Javier Lobato", "Comercial | Fotocasión Pro – equipo de segunda mano", "Sevilla",
  ("inm", "Material revisado con garantía", "Hola Alex, tenemos cuerpos y objetivos de segunda mano revisados, con un año de garantía. Esta semana "
          "la Canon 5D Mark IV a 2.190 €. ¿Te mando el listado completo?"),
  ("inv", "Hola Alex, te vi en la charla de la asociación en Triana, muy interesante lo que contaste. Me gustaría tenerte entre mis contactos."))
P("reinvite_known_bad", "en", "Kirsty Bell", "Photographer | Edinburgh", "Edinburgh",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met briefly at the Fearless meetup in Lisbon in the autumn - would be nice to stay in touch!"))
P("reinvite_known_bad", "es", "Manuel Ortega", "Organización | Sevilla Boda Show", "Sevilla",
  ("inv", "Alex, ¿vas a exponer este año en el Sevilla Boda Show? Tenemos stands desde 750 € y para los que repitan en 2019 hay descuento. Cuéntame "
          "y te reservo sitio."),
  ("inv", "Hola Alex, ¿qué tal va la temporada? Me gustaría conectar contigo, aunque solo sea para ir viendo lo que haces."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Antonio Jesús Baena", "Autónomo | Reformas Baena", "Sevilla",
  ("inv", "Buenas, mi hija se casa en noviembre y quiero saber cuánto cobras por una boda entera."),
  ("inm", "Educación", "Pues vaya educación, ni contestar. Luego os quejáis de que no hay trabajo. Ya le he dicho a mi hija que ni se le ocurra "
          "llamarte, que hay fotógrafos de sobra."),
  ("inv", "Buenas Alex, mi hija sigue empeñada en que le hagas tú las fotos. Acepta y hablamos de la boda."))
P("reinvite_known_ugly", "en", "Priya Raman", "Community Lead | Wedding Creatives Collective", "London",
  ("inm", "Seville chapter of the Collective", "Hi Alex, we're a community of wedding photographers across Europe sharing referrals, second-shooting "
          "gigs and honest advice. I'd love to add you to our new Seville chapter - it's free to join."),
  ("inm", "Your Collective profile", "Great to have you interested, Alex! To switch on your profile in the referral directory we just need the Pro "
          "membership: €29 a month, first month €1. Here's your personal link.", (3, 7)),
  ("inv", "Hi Alex, following up here - would be great to be connected!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Eduardo Carrasco", "Gerente | Foto Carrasco – tienda y alquiler de equipo", "Sevilla",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Ya que estamos en contacto te cuento que hemos abierto el alquiler: Sony A7 III, ópticas y flashes por "
          "días, con un 20% para fotógrafos de boda que alquilen más de tres veces al mes. Pásate cuando quieras."))
P("user_invited_pitch_once", "en", "Lucy Harrington", "Founder | Lace & Lens Bridal Boutique", "Sevilla",
  ("acc",),
  ("msg", "Thanks for connecting Alex, lovely to meet you at the Feria de Novios! We're doing a bridal trunk show in April and selling supplier "
          "sponsorships: €300 puts your name on all the printed material and gets you a table on the day. Want one?"))
P("user_invited_pitch_once", "es", "Stefano Corradi", "Agente Italia-Spagna | Carte fotografiche fine art", "Valencia",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Come ti dicevo in fiera, distribuisco in Spagna la carta cotone di una cartiera di Fabriano: sui primi "
          "ordini 15% di sconto e i campioni sono gratis. Ti preparo un preventivo?"),
  nl="it")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Raquel Navas", "Social media para fotógrafos y wedding planners", "Sevilla",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por la invitación. He echado un ojo a tu Instagram y con tres publicaciones a la semana y reels de tus bodas podrías "
          "duplicar las consultas. Mi pack de gestión mensual son 290 €. ¿Hablamos?"),
  ("msg", "Alex, te dejo por aquí la propuesta con el calendario de marzo. Si empezamos el día 1 te dejo el primer mes en 190 €."))
P("user_invited_pitch_twice", "en", "Dominic Shaw", "Sales Director EMEA | Lumora Lighting", "Birmingham",
  ("acc",),
  ("msg", "Thanks for connecting after the show, Alex. As we discussed, the Lumora V2 kit with two heads and modifiers is €1,480 with the show "
          "discount. Want me to hold one for you?"),
  ("msg", "Hi Alex, the show price runs out on Friday. I can throw in a free octabox if you confirm today."))
P("user_invited_pitch_twice", "es", "Nuria Calvente", "Ventas | Cajas y packaging para fotógrafos", "Jaén",
  ("acc",),
  ("msg", "¡Gracias por invitarme, Alex! Hacemos cajas de madera grabadas para entregar el USB y las copias a los novios. Para fotógrafos, desde "
          "9 € la unidad a partir de 25."),
  ("msg", "¡Hola otra vez! Si me haces el pedido antes de Semana Santa te grabo el logo gratis. ¿Te mando unas muestras?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Amparo Villalón", "Wedding Planner | Amparo Villalón Eventos", "Córdoba",
  ("acc",),
  ("msg", "¡Alex, qué alegría conectar después de la boda de Medina Azahara! Te paso los novios de Montilla que me preguntaron por ti: Carmen y "
          "Luis, 21 de julio. Están esperando que les escribas, diles que vas de mi parte."))
P("user_invited_value", "en", "Ethan Sullivan", "Wedding photographer | Lisbon", "Lisboa",
  ("acc",),
  ("msg", "Cheers for the add, Alex. As promised at the meetup, here are my slides from the mixed-light talk and the preset I built for church "
          "interiors. Free, use it however you like. Shout if you're ever in Lisbon."))
P("user_invited_value", "fr", "Solène Gautier", "Organisatrice | Rencontres de la photo de mariage", "Arles",
  ("acc",),
  ("msg", "Merci d'avoir accepté, Alex ! Comme promis, voici l'appel à candidatures pour les lectures de portfolio gratuites de juillet : vingt "
          "minutes avec un éditeur ou un membre du jury. Inscription avant le 15 avril, je pense que ça pourrait te plaire."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Macarena Ríos", "Florista | Macarena Ríos Flores", "Sevilla", ("acc",))
P("acceptance_only", "en", "Samuel Ogden", "Events Manager | Palacio de los Sueños Hotel", "Sevilla", ("acc",))
P("lone_endorsement", "es", "Fran Muñoz", "Técnico de sonido y DJ de bodas", "Sevilla", ("end",))
P("lone_endorsement", "de", "Jonas Brandt", "Hochzeitsfotograf | Hamburg", "Hamburg", ("end",))


# ------------------------------------------------------------------------- layouts of early 2018
# about half the people still get the older layout (2016 style); the rest the newer one
ERAS = {s[2]: ("2016" if i % 2 == 0 else "cur") for i, s in enumerate(PEOPLE)}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rocío Valderrama", "rocio.valderrama@example.es", "Boda 13 de octubre",
     "Hola Alex!\n\nTe he mandado también una invitación por LinkedIn, que no sabía si mirabas el correo. Nos casamos el 13 de octubre en Carmona. "
     "¿Podemos vernos un día para conocerte?\n\nUn beso,\nRocío", "es"),
    ("Feria Sevilla de Novios", "info@feriadenovios.example", "Últimos stands para la edición 2018",
     "Estimado profesional:\n\nQuedan muy pocos stands para la Feria de Novios de marzo. Síguenos en LinkedIn, Instagram y Facebook para no perderte "
     "nada.\n\nUn saludo,\nEl equipo de la Feria", "es"),
    ("Asociación Fotográfica de Triana", "secretaria@aftriana.example", "Aviso: falsas reservas de boda",
     "Hola a todos:\n\nVarios socios han recibido estos días falsas reservas de boda por email y por LinkedIn: novios que trabajan 'offshore', "
     "cheques por más importe del acordado y prisas para transferir la diferencia a un supuesto wedding planner. No respondáis y avisad a la "
     "asociación.\n\nInmaculada", "es"),
    ("Laboratorio Guadalquivir", "pedidos@labguadalquivir.example", "Tu pedido 18-0412 está listo",
     "Hola Alex,\n\ntu álbum de 30x30 (pedido 18-0412) ya está listo para recoger. Recuerda que puedes compartir tus trabajos en nuestra página de "
     "LinkedIn.\n\nGracias,\nLaboratorio Guadalquivir", "es"),
    ("Marcus Eriksen", "marcus@eriksenphoto.example", "Danish couple for Seville",
     "Hi Alex,\n\nI also pinged you on LinkedIn but email is faster - the couple are Sofie and Mads, they'll write to you next week.\n\nBest,\nMarcus",
     "en"),
    ("Gestoría Hermanos Puerta", "gestoria@hpuerta.example", "Modelo 130 primer trimestre",
     "Buenos días Alex:\n\nte recordamos que antes del 20 de abril tenemos que presentar el modelo 130. Mándanos las facturas de enero a marzo. "
     "Por cierto, ya hemos puesto el enlace de tu web en nuestra página de LinkedIn de clientes.\n\nUn saludo", "es"),
    ("Chiara Pellegrini", "chiara@pellegrinieventi.example", "Matrimonio Siviglia maggio 2019",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn. La coppia si chiama Giulia e Henry, matrimonio il 18 maggio 2019. Ti mando i dettagli appena "
     "mi confermi la disponibilità.\n\nChiara", "it"),
    ("Rencontres de la photo de mariage", "contact@rencontres-mariage.example", "Programme 2018",
     "Bonjour,\n\nle programme des Rencontres 2018 est en ligne. Suivez-nous sur LinkedIn et Instagram pour les annonces des intervenants.\n\nL'équipe",
     "fr"),
    ("Katrin Vogel", "katrin.vogel@example.de", "Hochzeit Sevilla 2019",
     "Hallo Alex,\n\nich habe dir auch über LinkedIn eine Anfrage geschickt. Wir würden gern nächste Woche skypen, passt dir Dienstagabend?\n\n"
     "Liebe Grüße\nKatrin", "de"),
    ("Manolo Gil", "manolo.gil.foto@example.es", "Fwd: ¿te ha llegado esto?",
     "Alex, ¿a ti también te ha escrito este tío? Me ha mandado lo mismo por LinkedIn, huele a estafa del cheque.\n\n---------- Mensaje reenviado "
     "----------\nDe: Michael Anders via LinkedIn <invitations@linkedin.com>\nAsunto: I want to connect\n\nHello, my fiancee and me will be getting "
     "married in Seville this August...", "es"),
    ("PhotoPro Store", "newsletter@photopro-store.example", "Nikon D850 back in stock",
     "The Nikon D850 is back in stock! Follow us on LinkedIn for early access to restocks and trade-in days.\n\nUnsubscribe: https://photopro-store.example/u",
     "en"),
]


HEADER = [f"# mailbot dev158 corpus. Generated by scripts/make_corpus_dev158.py (seed {SEED}); do not edit by hand.",
          "# February and March 2018 of a self-employed wedding and event photographer in Seville: couples and planners who want to book, "
          "photographers passing on work, gear and album sellers, pay-to-exhibit fairs, paid directories, overpayment scams, rude clients; "
          "Andalusian and standard Spanish, English, some Italian, French and German. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li158(mc.LinkedInMail):
    """The older layout's footer carries the year of the mail (2018), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories158(cs.EraStories):
    """Stories inside February and March 2018: each starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li158(self.g, self.b)
        self.window: tuple[datetime, datetime] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = corpus.window or (WIN_LO, WIN_HI)
            corpus.window = None
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = _window(steps)
        return super().story(scenario, lang, name, headline, location, nl, steps)


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate person"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert scenario in cs.OUTCOME, scenario
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev158")
    args = ap.parse_args()
    check_notes()
    c = Stories158(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(8)
    c.make_other(12)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=12), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
