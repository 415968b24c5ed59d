#!/usr/bin/env python3
"""Write mailbot's ninetieth, independent development corpus: tests/corpus/dev90/*.eml + expected.toml.

The angle: the user Alex is the commercial director of CD Guadalmar, a Spanish second-division
football club in Andalusia. Their LinkedIn world: companies that want to sponsor the club (real
buyers, good) against sponsorship brokers who want a retainer or a commission from the club;
players' agents pushing a player or a kickback; ticketing, access-control and fan-engagement
tech vendors; betting operators and their affiliates; merchandising manufacturers; journalists
from local papers, radio and football-business media; commercial people at peer clubs who
share what works; volunteers and supporters' clubs (peñas); and fans, some of them very rude
once their request goes unanswered. The writers use Spanish from Spain (Andalusian and Basque
turns: "illo", "pa'", "miarma", "aupa", "eskerrik asko") and English (British, Irish, American
and non-native). LinkedIn's own wording is in Spanish or English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the other-LinkedIn subjects, the names and headlines of spoof-only people and PYMK
suggestions, the pitches that spoofs carry and the language rotation of spoofs and other mail
are swapped in this process only (make_corpus.py itself is not changed). Every note was written
from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes
of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev90.py              # writes tests/corpus/dev90
    python scripts/make_corpus_dev90.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260990

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ football-club world (this process only)
SKILLS = {
    "en": ["Sponsorship Sales", "Sports Marketing", "Partnership Activation", "Negotiation", "Business Development", "Ticketing"],
    "es": ["Patrocinio deportivo", "Marketing deportivo", "Negociación", "Desarrollo de negocio", "Gestión comercial", "Ticketing"],
    "de": ["Sponsoring", "Sportmarketing", "Verhandlung", "Vertrieb"],
    "fr": ["Sponsoring sportif", "Marketing sportif", "Négociation", "Développement commercial"],
    "it": ["Sponsorizzazioni sportive", "Marketing sportivo", "Negoziazione", "Sviluppo commerciale"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.L["en"]["rheadline"] = "Commercial Director at CD Guadalmar"
mc.L["es"]["rheadline"] = "Director comercial en CD Guadalmar"

# a spread of spoofing methods for a small corpus: look-alike domains, display names, failing or missing DKIM, untrusted results
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass", "display:outlook.com",
                       "noauth"]

# spoofs and other LinkedIn mail follow the user's LinkedIn language: Spanish or English
mc.LANGS[:] = ["es", "en", "es", "en", "es"]

mc.NAMES["es"] = (["Manuel", "Rocío", "Francisco", "Inmaculada", "Aitor", "Nerea", "Rafael", "Macarena", "Unai", "Lourdes", "Jesús", "Maite", "Alberto",
                   "Esther", "Eneko", "Consuelo", "David", "Leire", "Joaquín", "Montse"],
                  ["Moreno", "Romero", "Navarro", "Aguirre", "Bengoetxea", "Delgado", "Medina", "Reina", "Castillo", "Olabarria", "Garrido", "Cabello",
                   "Luque", "Requena", "Ugarte", "Palomo"])
mc.CITY["es"] = ["Sevilla", "Málaga", "Cádiz", "Granada", "Bilbao", "Madrid", "Córdoba", "Donostia"]
mc.CITY["en"] = ["London", "Manchester", "Dublin", "Glasgow", "Bristol", "New York"]
mc.JOBS[:] = [("Head of Partnerships", "UD Salinas"), ("Director/a Comercial", "Real Club Deportivo Almenara"), ("Commercial Manager", "Ashford Town AFC"),
              ("Responsable de Ticketing", "SD Itxaslur"), ("Sponsorship Sales Executive", "Northfield Rovers")]
mc.COMPANIES["good"] = ["UD Salinas", "SD Itxaslur", "Real Club Deportivo Almenara", "Ashford Town AFC", "Diario de Guadalmar", "Cervezas La Gaditana",
                        "Fundación CD Guadalmar"]
mc.COMPANIES["sales"] = ["TixWave", "FanPulse", "Sponsorlink", "Anatolia Teamwear", "ApuestaMás", "StadiumIQ", "ArenaPay", "Taquilla Sur"]
mc.HEADLINES["good"] = ["Director comercial | {co}", "Head of Marketing at {co}", "Responsable de abonados en {co}", "Periodista deportivo | {co}",
                        "Commercial Manager, {co}", "Coordinadora de voluntariado | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Partnerships Manager at {co}", "Founder & CEO at {co}", "Helping football clubs grow revenue | {co}",
                         "Key Account Manager Clubes | {co}", "Business Development @ {co}"]

SPOOF_PITCH = {
    "en": ["Hi {first}, your club has been shortlisted for our stadium naming-rights fund. Log in to confirm the club details and upload the signed mandate.",
           "Hi {first}, I've shared the sponsorship contract draft with you through LinkedIn Secure Docs. Please sign in to review it today."],
    "es": ["Hola {first}, vuestro club ha sido preseleccionado para nuestro fondo de patrocinio. Inicia sesión para confirmar los datos y subir el mandato firmado.",
           "Buenas {first}, te he compartido el borrador del contrato de patrocinio por LinkedIn Documentos. Entra con tu cuenta para revisarlo hoy."],
    "de": ["Hallo {first}, ich habe Ihnen den Sponsoringvertrag über LinkedIn freigegeben. Bitte melden Sie sich an, um ihn zu prüfen."],
    "fr": ["Bonjour {first}, je vous ai partagé le contrat de sponsoring via LinkedIn. Connectez-vous pour le consulter."],
    "it": ["Ciao {first}, ti ho condiviso la bozza del contratto di sponsorizzazione su LinkedIn. Accedi per leggerla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

mc.OTHER["en"] = dict(
    job=("{n} new jobs for \"head of partnerships\"", "Your job alert for head of partnerships in {city}", "View job"),
    search=("{first}, you appeared in {n} searches this week", "You appeared in {n} searches this week. See who's looking."),
    views=("{first}, see who viewed your profile", "{n} people viewed your profile in the past 90 days."),
    pin=("{first}, here's your PIN", "Please use this verification code to complete your sign in: {pin}"),
    signin=("New sign-in to your LinkedIn account", "We noticed a new sign-in to your account from Safari on iPhone in {city}. If this was you, no action is needed."),
    pymk=("{first}, add {pname} - {phead}", "People you may know"),
    news=("Can second-tier clubs live without betting sponsors?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Football Business & Sponsorship", "Here are the top conversations in your group this week"),
    premium=("{first}, try Premium free for 1 month", "See who's viewed your profile and stand out with Premium."),
    newsletter=("The Matchday Ledger: why half-empty stands cost more than tickets", "New edition of a newsletter you subscribed to"))
mc.OTHER["es"] = dict(
    job=("{n} empleos nuevos de «director comercial deporte»", "Tu alerta de empleo de director comercial deporte en {city}", "Ver empleo"),
    search=("{first}, has aparecido en {n} búsquedas esta semana", "Has aparecido en {n} búsquedas esta semana."),
    views=("{first}, descubre quién ha visto tu perfil", "{n} personas han visto tu perfil en los últimos 90 días."),
    pin=("{first}, este es tu PIN", "Usa este código de verificación para completar el inicio de sesión: {pin}"),
    signin=("Nuevo inicio de sesión en tu cuenta de LinkedIn", "Hemos detectado un nuevo inicio de sesión desde Chrome en Android en {city}. Si fuiste tú, no tienes que hacer nada."),
    pymk=("{first}, añade a {pname} - {phead}", "Personas que quizá conozcas"),
    news=("¿Cuánto vale el nombre de un estadio en Segunda?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en Gestión Deportiva España", "Estas son las conversaciones más destacadas de tu grupo"),
    premium=("{first}, prueba Premium gratis durante 1 mes", "Descubre quién ha visto tu perfil con Premium."),
    newsletter=("Palco y Grada: el abonado que no renueva y por qué", "Nueva edición de un boletín al que estás suscrito"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)

# people whose notes only make sense in the current era (the 2021 betting rules, fan tokens, AI, 2025/26 seasons)
ERAS = {}


def cur(name: str) -> str:
    ERAS[name] = "cur"
    return name


# =============================================================== good_invitation
P("good_invitation", "es", "Rocío Benjumea", "Directora de Marketing | UD Salinas", "Almería",
  ("inv", "Alex, soy Rocío, llevo el marketing de la UD Salinas. El martes 11 juntamos en Málaga a la gente comercial de cinco clubes de Segunda "
          "pa' contar cómo vamos con abonos y patrocinio local. Un café largo, sin proveedores y sin coste. ¿Te vienes?"),
  ("rem",))
P("good_invitation", "en", cur("Tom Hadley"), "Football finance writer | The Touchline Ledger", "London",
  ("inv", "Hi Alex, I'm writing a piece on how Segunda clubs replaced their betting shirt deals after the 2021 rules. Guadalmar's move to a local "
          "co-op keeps coming up. Could I ask you a few questions, on or off the record, whichever you prefer?"))
P("good_invitation", "es", "Iñaki Etxeberria", "Director General | SD Itxaslur", "Getxo",
  ("inv", "Aupa Alex! Iñaki, de la SD Itxaslur. Tenemos el mismo proveedor de ticketing que vosotros y los abonos digitales nos están dando guerra. "
          "¿Te puedo preguntar cómo lo arreglasteis? A cambio te cuento lo de nuestra app, que igual os sirve. Eskerrik asko!"),
  ("rem",))
P("good_invitation", "es", "Macarena Ruiz-Berdejo", "Directora de Marketing | Bodegas Ruiz-Berdejo", "Jerez de la Frontera",
  ("inv", "Buenas Alex, soy Macarena, de marketing de Bodegas Ruiz-Berdejo. Queremos patrocinar a un club de la tierra la temporada que viene y "
          "el Guadalmar es el primero de la lista. ¿Me pasas lo que tenéis libre (manga, vallas, palco)? Nos gustaría verlo pronto."))
P("good_invitation", "en", "Niamh Gallagher", "Executive Search, Sport & Entertainment | Fieldhouse Partners", "Dublin",
  ("inv", "Hi Alex, I'm retained by an MLS club to find a VP of Partnerships who knows European sponsorship inside out. Your name came from two people "
          "I trust. Happy to share the brief in confidence if you're open to a chat."),
  ("rem",))
P("good_invitation", "es", "Paqui Moreno", "Presidenta | Peña Guadalmarista Fondo Sur", "Guadalmar",
  ("inv", "Hola Alex, soy Paqui, de la peña del Fondo Sur. Cumplimos 25 años y hacemos una comida con veteranos del club, y nos haría mucha ilusión "
          "tenerte de invitado. Y si la fundación necesita voluntarios pa' los partidos, la peña se apunta. ¡Aquí estamos!"))
P("good_invitation", "es", "Jon Ander Urrutia", "Coordinador | Máster en Dirección de Entidades Deportivas", "Bilbao",
  ("inv", "Kaixo Alex, coordino un máster de gestión deportiva. El 14 de marzo hacemos una jornada abierta y gratuita sobre patrocinio en Segunda "
          "con tres directores comerciales y nos encantaría que fueras uno. El viaje a Bilbao corre de nuestra cuenta."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "es", "Curro Villalba", "Agente FIFA | Representación de futbolistas", "Sevilla", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Ryan Mattock", "Partnerships | Fan engagement platforms", "Manchester", ("inv", NONOTE))
P("default_invitation", "es", "Ainhoa Garate", "Comercial | Merchandising textil deportivo", "Eibar", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", cur("Brandon Keller"), "Sales Director EMEA | TixWave dynamic ticket pricing", "Dublin",
  ("inv", "Hi Alex, LaLiga Hypermotion clubs on TixWave's dynamic pricing saw +18% matchday revenue in their first season. Worth 20 minutes "
          "to see what it could do for the Nuevo Arenal? I can walk you through a live dashboard."))
P("sales_invitation", "es", "Gonzalo Ybarra", "Fundador | Sponsorlink, captación de patrocinadores para clubes", "Madrid",
  ("inv", "Hola Alex, buscamos patrocinadores para clubes de Segunda a comisión: 20% del primer año más 2.500 € de arranque. "
          "Tenemos cartera en alimentación y automoción. ¿Te cuadra una llamada esta semana y te lo explico?"),
  ("rem",))
P("sales_invitation", "es", cur("Nacho Carmona"), "Agente de jugadores | NC Sports Management", "Málaga",
  ("inv", "Buenas Alex! Llevo a un lateral zurdo de 23 años, libre en junio, 30 partíos en Primera RFEF. Ya sé que tú no fichas, pero si le pasas "
          "el vídeo al director deportivo te lo agradezco, y si sale algo hay algo pa' ti también 😉"))
P("sales_invitation", "es", cur("Mehmet Aydin"), "Export Manager | Anatolia Teamwear", "Istanbul",
  ("inv", "Dear Alex, we manufacture replica kits and fanwear for 40+ European clubs. Sublimated shirts from €7.90, MOQ 300, delivery in 5 weeks. "
          "May I send our catalogue and price list for your 2025/26 merchandise?"),
  nl="en")
P("sales_invitation", "es", cur("Kike Salcedo"), "Afiliación y partners | ApuestaMás", "Madrid",
  ("inv", "Hola Alex, montamos para clubes una plataforma de afiliación de apuestas con vuestra marca (alta 1.900 €) y el club cobra por cada "
          "registro. Todo dentro de la normativa. ¿Te lo enseño en 15 minutos?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Chloe Whitaker", "Community Lead | Club Commercial Leaders Network", "London",
  ("inv", "Hi Alex, I host a small peer circle of commercial directors from second-tier clubs across Europe: a monthly call, no vendors, just people "
          "comparing notes on sponsorship and ticketing. Would love a Spanish voice in it."),
  ("msg", "Thanks for accepting! Before the first call, a quick word on what I do day to day: I'm Head of Partnerships at FanPulse, the fan-engagement "
          "app 30 clubs use. Circle members get 25% off year one. Could I grab 30 minutes to show you the demo?", (2, 8)),
  ("msg", "Hi Alex, bumping this. We have onboarding slots in July, ideal before pre-season. Shall I put a proposal together for you?", (8, 20)))
P("bait_and_switch_invitation", "es", "Manolo Prieto", "Representante de futbolistas | Exjugador", "Cádiz",
  ("inv", "Quillo Alex, Manolo Prieto, jugué en el Guadalmar en el 98. Estoy liando a los veteranos pa' un partido benéfico a favor de la fundación, "
          "sin coste pa' el club. ¿Conectamos y lo hablamos?"),
  ("msg", "Alex, gracias por aceptar, illo. Lo del partido lo vemos más adelante, que hay tiempo. Te cuento: ahora represento a chavales y tengo un "
          "mediapunta de 19 años que es un escándalo. Consígueme una reunión con el director deportivo y te lo pongo baratito, que al club le sale a cuenta."))
P("bait_and_switch_invitation", "es", "Gorka Aranburu", "Socio fundador | Harmaila Tech", "Donostia",
  ("inv", "Aupa Alex. Estamos haciendo un estudio gratuito sobre ocupación de estadios en Segunda y mandamos el informe completo a los clubes que "
          "participan. Son diez preguntas, cinco minutos. ¿Te apuntas?"),
  ("msg", "Eskerrik asko por responder la encuesta, Alex. El informe sale en septiembre. Mientras tanto: nuestro software de control de accesos y "
          "taquilla reduce las colas un 40%, y para los clubes del estudio la licencia anual se queda en 9.800 €. ¿Hacemos una demo en el Nuevo Arenal?", (10, 25)))
P("bait_and_switch_invitation", "en", "Daniel Rourke", "Safer gambling advocate | Safer Play Forum", "Gibraltar",
  ("inv", "Alex, I'm gathering views from club executives on how fans talk about gambling harm, for a free guide we'll share with every club that "
          "takes part. Fifteen minutes of your time, nothing more."),
  ("msg", "Really appreciated the chat. On a separate note, my day job is running safer-gambling compliance training for clubs: every member "
          "of staff certified in one afternoon, €4,900 for the season. With the new rules coming, shall I send you a proposal and a few dates?", (6, 15)))
P("bait_and_switch_invitation", "es", "Rebeca Toscano", "Fundadora | Directivas del Deporte", "Sevilla",
  ("inv", "Hola Alex, en Directivas del Deporte organizamos encuentros gratuitos entre quienes dirigen áreas comerciales en clubes. El próximo es "
          "en Sevilla, en la Cartuja. Me encantaría que vinieras."),
  ("msg", "¡Qué bien que conectemos! Te cuento: además de la comunidad tengo una empresa de merchandising sostenible, bufandas y camisetas de algodón "
          "orgánico. A los clubes de la comunidad les hacemos un 15% en el primer pedido. ¿Te mando el catálogo y vemos precios?"),
  ("msg", "Alex, ¿pudiste echarle un ojo al catálogo? Si cerramos antes del 30 os regalamos el diseño de la bufanda del centenario.", (6, 14)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Marcus Feld", "Founder | StadiumIQ", "Berlin",
  ("inm", "A question from a fellow ticketing person", "Hi Alex, I used to run ticketing at a 2. Bundesliga club and I'm looking at how Spanish clubs price "
          "the away end. Could I ask you two quick questions here? Happy to share what I found across German clubs in return."),
  ("inm", "Re: away-end pricing", "Thanks for getting back to me, Alex. The German comparison is in the one-pager below. And to be upfront, what I do now "
          "is StadiumIQ, a pricing engine for clubs. I reckon we'd lift your away-end yield by 15%. Could we get 30 minutes with you and your ticketing "
          "manager next week?", (3, 9)))
P("bait_and_switch_inmail", "es", "Rafael Cuadrado", "Director | Escuela de Negocios del Deporte Sur", "Sevilla",
  ("inm", "Beca para tu equipo comercial", "Buenas tardes, Alex. Desde la Escuela de Negocios del Deporte Sur repartimos este año dos becas completas de "
          "nuestro curso de venta de patrocinio entre clubes andaluces, y nos gustaría que una fuera para alguien de tu departamento. ¿Te interesa?"),
  ("inm", "Becas: siguiente paso", "Hola Alex, gracias por contestar tan rápido. Te explico cómo funciona: la beca cubre el 50% de la matrícula y el "
          "resto, 1.450 € por alumno, lo abona el club. Si inscribís a tres personas, la cuarta va gratis. ¿Te mando la ficha de inscripción?"))
P("bait_and_switch_inmail", "es", cur("Sergio Vilches"), "Innovación y Web3 | Fan engagement", "Marbella",
  ("inm", "Una idea para la afición", "¡Hola Alex! Soy socio del Guadalmar desde crío y trabajo en innovación. Se me ha ocurrido una forma de que la "
          "afición vote cosas del club: el diseño de la tercera equipación, la canción de salida... Te la regalo, ¿te la cuento?"),
  ("inm", "La idea y cómo lo montamos", "Pues mira, se hace con un fan token propio del Guadalmar en nuestra plataforma, y el club se lleva una parte "
          "de cada emisión. El arranque son 18.000 € y luego vamos a comisión. ¿Cuándo te viene bien que nos veamos?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Agustín Escobar", "Agente FIFA | Intermediario", "Huelva",
  ("end",), ("end",),
  ("msg", "Alex, te he validao lo de {skill}, que te lo mereces, hombre. Ahora una cosita: ¿me validas tú \"Negociación de contratos\" y "
          "\"Representación deportiva\"? Me estoy moviendo con clubes de fuera y el perfil tiene que lucir. ¡Un abrazo, miarma!"))
P("endorse_me_back", "en", "Kieran Doyle", "Sports Marketing graduate | ex-intern at CD Guadalmar", "Liverpool",
  ("end",),
  ("msg", "Hi Alex! Hope the season's going well over there. I've endorsed you for {skill}, you earned it after last summer! Would you mind endorsing "
          "me for Sponsorship Activation and Social Media? I'm applying for grad schemes and recruiters actually look at that stuff. Thanks a million."))
P("endorse_me_back", "es", "Mikel Zabala", "Consultor de patrocinio deportivo", "Donostia",
  ("end",), ("end",),
  ("msg", "Kaixo Alex, ya habrás visto que te he recomendado en un par de aptitudes. Un favor te pido: que me valides \"Patrocinio deportivo\" y "
          "\"Estrategia comercial\", que ando rehaciendo el perfil. Eskerrik asko, ondo izan!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Juanma Pineda", "Abonado del Guadalmar desde 1987 | Autónomo", "Guadalmar",
  ("inv", "Alex, soy abonado de toda la vida. Quiero hablar contigo de la subida de los abonos, porque así no hay quien los pague."),
  ("rem",),
  ("inm", "Vergüenza", "Ni contestar, ¿eh? Claro, tú desde el palco con tu corbatita y los demás pagando 40 euros más por el mismo cemento. "
          "Eres un sinvergüenza y un mercenario que no sabe ni dónde cae el estadio. Ojalá bajemos y seas tú el primero en irse. Ozú, qué gente."))
P("hostility_after_decline", "en", "Scott Brennan", "Founder | SeatSwap resale platform", "Glasgow",
  ("inv", "Alex - quick one. We stop touts on your resale market and the club takes a cut of every transfer. 10 mins?"),
  ("rem",),
  ("inm", "Manners", "Alex, I've sent you a perfectly polite invite twice and you can't even be bothered to click ignore, you just let it rot. "
          "Bit rich for a club that's begging its own fans to renew. Honestly, this is why Spanish football is run like a corner shop."))
P("hostility_after_decline", "es", "Josu Larrañaga", "Agente de futbolistas", "Bilbao",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Sin respuesta", "Alex, tres semanas esperando y ni un sí ni un no. Poca educación veo yo ahí. En Bizkaia a eso le llamamos no tener "
          "palabra. Ya me enteraré por otro lado de lo que necesite, pero que sepas que yo con gente así no trabajo, eh."))
P("hostility_after_decline", "en", "Gary Nolan", "Lifelong Guadalmar supporter | Retired, Marbella", "Marbella",
  ("inv", "Alex, English supporter here, been going to the Arenal for 11 years. Any chance of a chat about setting up an official supporters' "
          "club for the expats on the coast?"),
  ("inm", "Disgraceful", "Don't bother then. Eleven years of season tickets and the COMMERCIAL DIRECTOR can't be bothered to accept a request from "
          "a fan. You're a clown, mate. A jumped-up salesman in a club blazer. Hope they sack you when we go down.", (12, 30)))
P("hostility_after_decline", "es", "Óscar Leal", "Business Developer | iGaming", "Madrid",
  ("inv", "Hola Alex, ¿te interesaría un acuerdo de visibilidad con un operador con licencia? Cumplimos la ley, tranquilo."),
  ("inm", "Vaya tela", "Hola Alex, ya veo que ni contestas. Vosotros, con la tesorería como la tenéis, haciéndoos los dignos. Luego no llores "
          "cuando no puedas pagar las nóminas en enero. Muy profesional todo, sí señor."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Antonio Jesús Barrera", "Peñista | Hostelería", "Cádiz",
  ("msg", "Alex, ¿qué pasa? Oye, la peña va en autobús a Elche y queríamos pedirle al club que pague medio autobús, son 600 €. Que bien que "
          "sacáis de nosotros, ¿eh? Dime algo."),
  ("msg", "O sea que no. Que pa' fichar al del bigote sí hay dinero pero pa' la gente que os sigue a to' los campos no. Vaya personaje estás hecho, "
          "Alex. Tú no eres del Guadalmar ni lo vas a ser nunca, eres un vendedor de seguros con corbata. A ver si te vas ya.", (2, 6)))
P("hostility_connection", "en", "Callum Reid", "Director | Reid Knitwear, club scarves and hats", "Leicester",
  ("acc",),
  ("msg", "Thanks for connecting after the expo, Alex. As discussed at the stand, our jacquard scarves come in at €3.20 a unit on 1,000 pieces, "
          "double-sided, with your crest. Shall I raise a formal quote?"),
  ("msg", "No reply to three emails and two messages. You invited ME to connect, remember. I get that you're busy, but ghosting a supplier after "
          "wasting his time at the stand is poor form. Won't be chasing you again.", (14, 30)))
P("hostility_connection", "es", "Carlos Merino", "Consultor de patrocinio y naming rights", "Madrid",
  ("msg", "Alex, te propongo que llevemos nosotros la venta del naming del Nuevo Arenal. Retainer de 3.000 € al mes más variable. Tengo dos marcas "
          "que ya han preguntado."),
  ("msg", "¿Has podido pensarlo? Te mando el dossier actualizado."),
  ("msg", "Me dices que no en dos líneas después de todo lo que te he mandado. Con esa actitud el estadio se va a seguir llamando Nuevo Arenal "
          "hasta que lo tiren. Suerte, que la vais a necesitar, y mucha."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Josh Whitman", "Head of Growth | Fanzy gamified loyalty", "Austin",
  ("msg", "Hey Alex! Saw you sold out the derby, congrats. Fanzy turns that energy into data: predictions, streaks and rewards fans redeem in the "
          "club shop. Open to a 15-min look?"),
  ("msg", "Alex, following up with a case study from a USL club: +31% merch redemptions in one season. Got time Thursday or Friday?"),
  ("msg", "Last nudge from me. We're holding launch pricing for Spanish clubs until the end of the month."))
P("connection_only_pitches", "es", "Marisa Ortega", "Comercial | Pantallas LED perimetrales", "Valencia",
  ("msg", "Hola Alex, ¿cómo va todo? Tenemos vallas LED de segunda mano de un club de Primera que ha renovado el estadio, en perfecto estado y a "
          "mitad de precio. ¿Te paso la ficha técnica?"),
  ("msg", "Alex, me quedan 120 metros lineales. Si te interesan te los reservo hasta el viernes, con la instalación incluida."))
P("connection_only_pitches", "es", "Borja de la Rosa", "Asesor financiero | Inversión en activos deportivos", "Marbella",
  ("msg", "Alex, te escribo porque gestiono un vehículo que invierte en derechos económicos de futbolistas jóvenes, con rentabilidades del 12% "
          "anual. Perfecto para directivos que conocen el mundo del fútbol. ¿Te llamo y te lo cuento?"),
  ("msg", "Hola de nuevo. Ha quedado una plaza en la ronda de octubre, ticket mínimo de 25.000 €. ¿Te mando el dossier?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Encarni Lozano", "Gerente | Catering para eventos deportivos", "Jerez de la Frontera",
  ("msg", "Hola Alex, llevamos el catering VIP de varios estadios de Andalucía. Para el palco y la zona hospitality os podemos hacer un menú de "
          "temporada a precio cerrado por partido. ¿Te mando propuesta y un día lo probáis sin compromiso?"))
P("single_pitch", "en", "Liam Hartigan", "Founder | SkyLumen drone shows", "Cork",
  ("msg", "Alex, picture the club crest in 300 drones over the Arenal before the centenary match. We've done it for two clubs in Portugal. "
          "Budgets start at €35k. Fancy a chat?"))
P("single_pitch", "es", "Rubén Galindo", "Agente FIFA | RG Football", "Madrid",
  ("msg", "Alex, buenas. Sé que lo tuyo es lo comercial, pero te paso el perfil de un extremo argentino con pasaporte comunitario, libre en julio. "
          "Si me abres la puerta con el director deportivo hay comisión para todos. Te dejo el vídeo."))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Pilar Caballero", "Redactora de Deportes | Diario de Guadalmar", "Guadalmar",
  ("msg", "Alex, te adelanto que el domingo sacamos el ranking de clubes de Segunda con más abonados por habitante y salís terceros. Si quieres "
          "añadir algo sobre la campaña de abonos, te llamo mañana y lo meto tal cual lo digas."))
P("connection_brings_value", "en", "Gareth Pryce", "Commercial Director | Ashford Town AFC", "Ashford",
  ("end",),
  ("msg", "Alex, here's the hospitality pricing sheet we use, with the matchday packages and the conversion we've had from corporate boxes. "
          "Strip our numbers out before you share it with anyone. We're also hosting a free commercial exchange for second-tier clubs in Bristol "
          "in May. You'd be very welcome, bring a colleague."))
P("connection_brings_value", "es", "Ignacio Villanueva", "Director de Marketing | Cervezas La Gaditana", "Cádiz",
  ("msg", "Alex, en dirección nos han dado luz verde para ampliar el patrocinio: queremos también la camiseta del femenino y las vallas de la "
          "grada de animación. ¿Me preparas una propuesta con precios para la temporada que viene? Si puede ser antes del consejo del 20, mejor."),
  ("msg", "Recibida, gracias. La presento el jueves y te digo algo. Pinta bien.", (3, 10)))
P("connection_brings_value", "es", "Amaia Oiartzabal", "Coordinadora de voluntariado | Fundación SD Itxaslur", "Getxo",
  ("msg", "Kaixo Alex! Te paso el protocolo de voluntariado que usamos en los partidos: acreditaciones, seguro, turnos y la charla de bienvenida. "
          "Lo pediste en la jornada de fundaciones. Úsalo como quieras, y si necesitas que alguien de aquí hable con tu gente, me dices."))
P("connection_brings_value", "en", "Sophie Lindqvist", "Freelance translator ES-EN | Guadalmar supporter", "Málaga",
  ("msg", "Hi Alex, the English version of the club website has a few howlers on the ticketing page ('subscriber' for season-ticket holder, "
          "'locality' for seat...). I've put the corrections in a shared doc, free of course, I just want the club to look good. Link below."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Harriet Sowerby", "Partner, Sport Practice | Calloway Search", "London",
  ("inm", "Chief Commercial Officer - Championship club (confidential)", "Hi Alex, I'm running a retained search for a Chief Commercial Officer at "
          "an EFL Championship club under new US ownership. They want someone who has grown sponsorship at a smaller club under tight spending "
          "rules, which is your story. Package is strong, relocation supported. Open to a confidential call?"))
P("stranger_inmail_recruiter", "es", "Begoña Arrizabalaga", "Headhunter | Deporte y entretenimiento", "Bilbao",
  ("inm", "Dirección de Negocio, club de baloncesto", "Hola Alex, busco director/a de negocio para un club de baloncesto de la máxima categoría "
          "con sede en el norte. Reporta al consejero delegado, equipo de ocho personas, contrato indefinido y variable por objetivos. Tu "
          "trayectoria encaja muy bien. ¿Hablamos con calma esta semana?"))
P("stranger_inmail_recruiter", "es", "Luis Miguel Cordero", "CEO | Real Club Deportivo Almenara", "Granada",
  ("inm", "Te quiero en mi equipo", "Alex, soy Luis Miguel, el CEO del Almenara. Voy al grano: hemos subido y necesito un director comercial y de "
          "marketing para Primera. No es una agencia, soy yo. Si te interesa, comemos en Granada cuando te venga bien y te cuento los números."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", cur("Jordan Lyle"), "Account Executive | Crowdsense AI", "Boston",
  ("inm", "Stadium safety + revenue", "Hi Alex, our AI cameras map crowd flow at every turnstile and show you which kiosks lose sales at half-time. "
          "Clubs in Portugal already use it. 20 minutes next week?"))
P("stranger_inmail_sales", "es", "Paula Navas", "Partnerships | Gamesponsor, patrocinio del sector del juego", "Madrid",
  ("inm", "Patrocinadores para el Guadalmar", "Hola Alex, somos una agencia especializada en cerrar patrocinios con operadores de juego para "
          "clubes. Trabajamos con una cuota mensual de 1.200 € y un éxito del 10%. ¿Te llamo y te cuento?"),
  ("inm", "Re: Patrocinadores para el Guadalmar", "Alex, te escribo otra vez: este mes abrimos cartera con dos clubes de Segunda más. "
          "Si te encaja, tengo hueco el miércoles.", (7, 15)))
P("stranger_inmail_sales", "es", "Kevin Zhou", "Sales Manager | Dongguan ProSport Apparel", "Dongguan",
  ("inm", "Football club merchandise - factory price", "Dear Alex, Good day! We are professional manufacturer of football jersey, scarf, cap and "
          "mascot plush. OEM, factory price, free design, samples in 7 days. May I send you our catalogue? Best regards, Kevin"),
  nl="en")
P("stranger_inmail_sales", "en", "Fiona Marsh", "CEO | ClubVoice fan surveys", "Edinburgh",
  ("inm", "Fan survey for Guadalmar?", "Hi Alex, ClubVoice runs always-on fan surveys for clubs and turns them into sponsor-ready audience data. "
          "Our starter plan is €490 a month. Could I show you a sample report from a club your size?"),
  ("inm", "Sample report", "Hi again Alex, attaching the sample I mentioned. Happy to set up a trial login if you'd like to poke around.", (5, 12)))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Rafa Montoya", "Periodista | Director de La Grada Sur (medio digital)", "Sevilla",
  ("inv", "Alex, estoy preparando un reportaje sobre la cantera del Guadalmar y me gustaría hablar contigo del patrocinio de la academia. "
          "Sin prisa, cuando te venga bien."),
  ("msg", "Ya está publicado el reportaje, te dejo el enlace. Ha funcionado muy bien, más de 40.000 lecturas. Gracias por tu tiempo, de verdad."),
  ("msg", "Alex, ahora que has visto cómo funciona el medio: tenemos un paquete de contenido patrocinado para clubes, cuatro reportajes al mes y "
          "difusión en redes por 2.200 € al mes. ¿Lo hablamos?", (10, 25)))
P("good_turns_ugly", "en", "Sam Whitley", "Ticketing & CRM consultant | ex-Head of Ticketing, English League One club", "Bristol",
  ("inv", "Alex, I ran season-ticket renewals at an English club for six years. Saw your post about renewals dipping. Happy to share the reminder "
          "cadence that took us from 71% to 88%, no strings."),
  ("msg", "Here's the cadence doc and the email templates we used. Shout if anything needs context."),
  ("end",),
  ("msg", "Glad the templates helped! Cheeky one: I've endorsed you for {skill}, would you return the favour on Ticketing Strategy and CRM? "
          "I'm between roles and it genuinely helps."))
P("good_turns_ugly", "es", "Carmen Galán", "Voluntaria | Organización de eventos", "Guadalmar",
  ("inv", "Hola Alex, soy voluntaria en la fundación desde hace años. Me ofrezco pa' coordinar gratis a los voluntarios del torneo alevín de "
          "Semana Santa, que el año pasado fue un cristo. ¿Lo vemos?"),
  ("msg", "Te mando el cuadrante de voluntarios y el plan de acreditaciones del torneo. Ya está todo hablado con los monitores."),
  ("msg", "Alex, ahora que ya nos conocemos, te cuento que he montado mi empresa de eventos. Para la cena de gala del centenario te hago "
          "presupuesto: 85 € el cubierto con animación incluida. ¿Te lo mando?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Derek Sloane", "VP Sales | ArenaPay cashless payments", "Manchester",
  ("inm", "Cashless stadium in 8 weeks", "Hi Alex, ArenaPay takes your kiosks and bars cashless with wristbands and tap-to-pay, and we fund the "
          "hardware against a share of transactions. Can I show you how it works?"),
  ("inv", "Hi Alex, great to see Guadalmar pushing for promotion this season. Would love to stay connected with fellow football folk."))
P("reinvite_known_bad", "es", "Paco Gallardo", "Comercial | Merchandising y regalo promocional", "Córdoba",
  ("inv", DEFAULT),
  ("inv", "Alex, coincidimos en el foro de patrocinio deportivo de Sevilla. ¡Un placer conectar!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Juan Carlos Mena", "Socio n.º 1.142 | Fondo Norte", "Guadalmar",
  ("inv", "Alex, quiero hablar contigo de los horarios. A las dos de la tarde en agosto no se puede ir al fútbol."),
  ("inm", "Para el comercial", "Muy bonito no contestar. ¿Tú te crees que esto es una empresa de yogures? Esto es un club y se debe a su gente. "
          "Sinvergüenza. Vete a vender a otro sitio.", (10, 25)),
  ("inv", "Hola Alex, empezamos con mal pie. Me gustaría tenerte en mi red y hablar con calma de la afición."))
P("reinvite_known_ugly", "en", "Oliver Grange", "Founder | Matchday Insights", "Leeds",
  ("inm", "Free matchday audit", "Hi Alex, we're offering three Spanish clubs a free matchday experience audit this season: a mystery-fan visit, "
          "photos and fan interviews, written up in a report. Would Guadalmar like one of the slots?"),
  ("inm", "Your audit slot", "Hi Alex, the audit team's ready. To confirm the slot we just need a signed order for our follow-up programme "
          "(€6,500), which is where the real value is. Shall I send the paperwork over?"),
  ("inv", "Alex, new season, new ideas. Would be good to be connected."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Remedios Luque", "Directora comercial | Textiles Luque, equipaciones", "Écija",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te mando nuestra tarifa de equipaciones de cantera: 24 € el kit completo con escudo bordado, a partir de "
          "200 kits. ¿Te cuadra que os visitemos con muestras la semana que viene?"))
P("user_invited_pitch_once", "en", "Max Bauer", "Account Director | Turnstyle Access Control", "Munich",
  ("acc",),
  ("msg", "Thanks for connecting after the Soccerex panel, Alex. For your files: our ticketless entry kit runs at €42k for a 12,000-seat ground, "
          "installed and with the first season's support. Could we book a site visit in September?"))
P("user_invited_pitch_once", "es", "Dani Cobos", "Fotógrafo deportivo | Contenido para clubes", "Málaga",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Te dejo mi tarifa por si os encaja esta temporada: reportaje de partido con 60 fotos editadas en "
          "3 horas, 180 € por partido, o bono de temporada por 3.400 €. ¿Lo hablamos?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Nadia Rahman", "Partnerships | ArenaAR", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! ArenaAR puts sponsor activations on the big screen in augmented reality: fans watch the mascot run onto the "
          "pitch through their phones. We'd love to pilot at the Arenal, €15k for half a season."),
  ("msg", "Hi Alex, circling back. I've mocked up an activation with your shirt sponsor's logo, attached. Any chance of 20 minutes this week?"))
P("user_invited_pitch_twice", "es", "Jacobo Saavedra", "Director | Patrocinia, intermediación deportiva", "Madrid",
  ("acc",),
  ("msg", "Alex, gracias por la invitación. Te cuento cómo trabajamos: buscamos patrocinador para la manga y el club nos paga un 18% del contrato "
          "más 1.500 € de gestión. ¿Te interesa?"),
  ("msg", "Te escribo de nuevo: la semana que viene me reúno con una aseguradora y podría llevar vuestro dossier. Solo necesito que firmemos el "
          "mandato. ¿Lo cerramos?"))
P("user_invited_pitch_twice", "es", "Nando Espejo", "Ventas | Taquilla Sur, venta de entradas online", "Málaga",
  ("acc",),
  ("msg", "Illo Alex, ¡gracias por la invitación! Rápido: con Taquilla Sur cobramos 0,35 € por entrada, la mitad que tu proveedor actual, y "
          "migramos a los abonados en una semana. ¿Te hago una demo?"),
  ("msg", "Alex, ¿cómo lo ves? Tengo hueco el martes pa' pasarme por el estadio y enseñártelo en vivo."))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Rosario Calvente", "Gerente | Automóviles del Sur, concesionario oficial", "Sevilla",
  ("acc",),
  ("msg", "Alex, un placer conectar. Lo que te comenté en el palco va en serio: queremos ser los coches oficiales del primer equipo la temporada "
          "que viene. Mándame las condiciones cuando puedas y lo presento al grupo."))
P("user_invited_value", "en", "Tomás Ferreira", "Commercial Director | FC Vila Nova", "Porto",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. Here's the sponsor-activation calendar we built for a whole season, with the KPIs we report back to each "
          "partner. Steal whatever's useful, and call me if you want to go through it."))
P("user_invited_value", "es", "Itziar Goikoetxea", "Periodista | Onda Norte Radio", "Bilbao",
  ("acc",),
  ("msg", "Kaixo Alex, gracias por la invitación. El jueves hacemos un especial sobre la economía de los clubes de Segunda y me gustaría tenerte "
          "diez minutos en directo, por teléfono. ¿Te viene bien a las 20:15?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Esperanza Tirado", "Concejala de Deportes | Ayuntamiento de Guadalmar", "Guadalmar", ("acc",))
P("acceptance_only", "en", "Hugh Penrose", "Partnerships Director | Atlas Sports Drinks", "London", ("acc",))
P("lone_endorsement", "es", "Lolo Fernández", "Utillero | CD Guadalmar", "Guadalmar", ("end",))
P("lone_endorsement", "en", "Aoife Brennan", "Brand Manager | former colleague", "Dublin", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Macarena Ruiz-Berdejo", "m.ruizberdejo@bodegasrb.example", "Patrocinio temporada que viene",
     "Hola Alex,\n\nte he mandado también invitación por LinkedIn, pero por si acaso: ¿nos vemos en Jerez la semana que viene para ver el inventario?\n\nUn saludo,\nMacarena", "es"),
    ("Juanma Pineda", "juanma.pineda@correo.example", "Abonos",
     "Ya que por LinkedIn no contestas te escribo aquí. La subida de los abonos es un robo y lo sabes.", "es"),
    ("Lourdes (Prensa CD Guadalmar)", "prensa@cdguadalmar.example", "Fwd: Quiero conectar",
     "Alex, este señor me ha escrito también por LinkedIn a mí. ¿Lo conoces?\n\n---------- Mensaje reenviado ---------\nDe: Gonzalo Ybarra via LinkedIn <invitations@linkedin.com>\nAsunto: Quiero conectar\n\nHola, buscamos patrocinadores para clubes...", "es"),
    ("Taquilla CD Guadalmar", "taquilla@cdguadalmar.example", "Incidencia abonos digitales jornada 14",
     "Alex,\n\nhoy han fallado 230 abonos digitales en la puerta 3. Un abonado lo ha contado en LinkedIn y en X con fotos de la cola. Te paso el informe.", "es"),
    ("Recursos Humanos", "rrhh@cdguadalmar.example", "Actualiza tu cargo en LinkedIn",
     "Hola a todos,\n\ncon el nuevo organigrama, por favor actualizad vuestro cargo en LinkedIn y en la firma del correo antes del viernes.", "es"),
    ("Football Business Summit", "speakers@fbsummit.example", "Your speaker pack - tag us on LinkedIn",
     "Hi Alex,\n\nyour speaker badge and the session brief are attached. Please tag us on LinkedIn when you share your panel.", "en"),
    ("Asociación de Clubes de Segunda", "comercial@acs-futbol.example", "Circular 12: publicidad de operadores de juego",
     "Estimados directores comerciales:\n\nos recordamos las limitaciones vigentes a la publicidad de operadores de juego. Cualquier duda, por correo, no por LinkedIn.", "es"),
    ("Callum Reid", "callum@reidknitwear.example", "Scarf quote - CD Guadalmar",
     "Alex,\n\nfollowing my LinkedIn message, the quote is attached. Prices hold until the end of the month.\n\nCallum", "en"),
    ("Google Calendar", "calendar-notification@google.example", "Invitación: reunión Cervezas La Gaditana @ jue 11:00",
     "Has sido invitado a: Reunión ampliación patrocinio (Ignacio Villanueva)\nCuándo: jueves 11:00-12:00\nDónde: Nuevo Arenal, sala de prensa\nNota: perfil de LinkedIn de Ignacio en la descripción.", "es"),
]


# ------------------------------------------------------------------------- checks and builder
for _entry in PEOPLE:
    for _step in _entry[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (len(_step[1]), _entry[2])

HEADER = [f"# mailbot ninetieth development corpus (dev90). Generated by scripts/make_corpus_dev90.py (seed {SEED}); do not edit by hand.",
          "# Alex as commercial director of a Spanish second-division football club: sponsors and brokers, players' agents, ticketing and fan-tech "
          "vendors, betting, merchandising, journalists, peer clubs, volunteers and fans. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev90", SEED, PEOPLE, FOREIGN, spoofs=11, other=12, header=HEADER, eras=ERAS)
