#!/usr/bin/env python3
"""Write mailbot's dev154 corpus: tests/corpus/dev154/*.eml + expected.toml.

The angle: September and October 2022 in the LinkedIn inbox of Alex, one of the two partners
of a small architecture practice in Gràcia, Barcelona (housing, refurbishment, timber). Who
writes: builders and contractors (some helpful on site, most after a quote), material and
furniture sellers (ceramics from Castelló, paint, concrete, aluminium and timber windows,
Italian bathroom ware, contract furniture), BIM, CAD and render vendors, design competitions
(free ones with a commission at the end, and pay-to-enter prizes and awards), students from
ETSAB and Erasmus asking for an internship, design-magazine journalists (real features and
paid "showcases"), peer architects and engineers sharing details, test data and code
questions, clients who want a house or a hotel refurbished, and the angry neighbour of the
carrer Verdi site. Spanish with Catalan (and one Valencian, one Argentine voice), English,
some Italian and French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Every story is placed inside the two months. The endorsement skills,
the recipient's headline, the job-alert, news, group and newsletter titles, the headlines of
spoof-only names and PYMK suggestions, and the pitches that spoofs carry are swapped for this
world in this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev154.py              # writes tests/corpus/dev154
    python scripts/make_corpus_dev154.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20220915

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2022, 9, 1, 6, 30, tzinfo=timezone.utc)
WIN_HI = datetime(2022, 10, 31, 20, 0, tzinfo=timezone.utc)

# gaps between the steps of one story, in days; a step may still name its own gap
cs.GAPS.update({"rem": (5, 11), "acc": (0, 0), "end": (1, 8), "msg": (2, 12), "inm": (3, 12), "inv": (24, 36)})


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


# ------------------------------------------------------------------ an architecture practice in Barcelona (this process only)
RHEADLINE = "Arquitecte, soci a Morgan Vilalta Arquitectes | Habitatge, rehabilitació i construcció en fusta"
SKILLS = {
    "es": ["Arquitectura", "Diseño arquitectónico", "Rehabilitación de edificios", "Dirección de obra", "Building Information Modeling (BIM)",
           "Construcción en madera"],
    "en": ["Architecture", "Architectural Design", "Sustainable Design", "Revit", "Construction Administration", "Timber Construction"],
    "it": ["Architettura", "Progettazione architettonica", "Restauro", "Direzione lavori", "BIM"],
    "fr": ["Architecture", "Conception architecturale", "Réhabilitation", "Maîtrise d'œuvre", "Construction bois"],
    "de": ["Architektur", "Entwurf", "Sanierung", "Bauleitung", "Holzbau"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE

mc.LANGS[:] = ["es", "en", "es", "it", "fr"]
mc.CITY["es"] = ["Barcelona", "Sabadell", "L'Hospitalet de Llobregat", "Girona", "Madrid", "Valencia"]
mc.NAMES["es"] = (["Jordi", "Montserrat", "Pol", "Mireia", "Arnau", "Gemma", "Roger", "Sílvia", "Álvaro", "Lucía", "Xènia", "Raúl", "Eulàlia", "Óscar"],
                  ["Ferrer", "Pujol", "Vives", "Casas", "Martínez", "Roig", "Sabaté", "Domènech", "Herrera", "Cortés", "Batlle", "Font"])
mc.JOBS[:] = [("Arquitecto/a senior – vivienda colectiva", "Batlle Nadal Arquitectes"), ("Project Architect – Hospitality", "Nordvik Arkitekter"),
              ("Jefe/a de proyecto BIM", "Constructora Llevant"), ("Architetto progettista senior", "Studio Ferrante"),
              ("Architecte chef de projet (H/F)", "Atelier Garonne"), ("Arquitecte/a tècnic/a – direcció d'execució", "Obres Sabaté")]
mc.COMPANIES["good"] = ["Batlle Nadal Arquitectes", "Nordvik Arkitekter", "ETSAB – UPC", "Col·legi d'Arquitectes", "Atelier Garonne", "Studio Ferrante",
                        "Fundació Hàbitat Comú", "Revista Espais"]
mc.COMPANIES["sales"] = ["Archiplus Software", "Frameforge Render", "Cerámicas Azahar", "Arquileads", "Arredi Brianza Contract", "ProposalNest",
                         "PlanoPro", "Hormigones del Vallès"]
mc.HEADLINES["good"] = ["Arquitecta en {co}", "Project architect | {co}", "Profesor de Proyectos | {co}", "Arquitecte tècnic a {co}",
                        "Architect & timber nerd | {co}", "Redactora | {co}", "Structural engineer at {co}"]
mc.HEADLINES["sales"] = ["Key Account AEC | {co}", "Prescriptor técnico en {co}", "Ayudo a estudios de arquitectura a vender más | {co}",
                         "Sales Manager Iberia @ {co}", "Business Development | {co}", "Account Executive at {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "untrusted:mx.example.org",
                       "nodkim", "display:outlook.com", "buried", "wrongpass"]
SPOOF_PITCH = {
    "es": ["Hola {first}, te he enviado los planos revisados de la licencia de obras. Inicia sesión para descargarlos antes de que caduque el enlace.",
           "Estimado/a {first}: su proyecto ha sido preseleccionado para los premios de arquitectura. Confirme su inscripción y el pago de la tasa en el enlace."],
    "en": ["Hi {first}, I've shared the revised drawings for the tender with you. Sign in to download them before the link expires.",
           "Dear {first}, your studio has been shortlisted for the international design award. Log in to confirm your entry and settle the fee."],
    "it": ["Ciao {first}, ti ho condiviso le tavole aggiornate della gara. Accedi per scaricarle prima che il link scada.",
           "Gentile {first}, il suo progetto è tra i finalisti del premio. Confermi la candidatura e la quota tramite il link."],
    "fr": ["Bonjour {first}, je vous ai partagé les plans révisés du concours. Connectez-vous pour les télécharger avant expiration du lien.",
           "Bonjour {first}, votre agence est présélectionnée pour le prix d'architecture. Confirmez votre inscription et réglez les frais ici."],
    "de": ["Hallo {first}, ich habe Ihnen die überarbeiteten Pläne freigegeben. Bitte melden Sie sich an, um sie herunterzuladen.",
           "Guten Tag {first}, Ihr Projekt ist für den Architekturpreis nominiert. Bitte bestätigen Sie die Teilnahme und die Gebühr."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "es": {"job": ("{n} empleos nuevos de «arquitecto senior»", "Tu alerta de empleo de arquitecto senior en {city}"),
           "news": "¿Frena el precio de los materiales la rehabilitación con fondos europeos?",
           "group": "Conversaciones destacadas en Arquitectes i Arquitectes Tècnics de Catalunya",
           "newsletter": "Habitar después de 2020: la vivienda colectiva que viene"},
    "en": {"job": ("{n} new jobs for \"project architect\"", "Your job alert for project architect in {city}"),
           "news": "Mass timber is going mainstream. Are the insurers ready?", "group": "Top conversations in Timber Architecture Network",
           "newsletter": "The Practice Brief: pricing small residential work in an inflationary year"},
    "it": {"job": ("{n} nuove offerte per «architetto progettista»", "Il tuo avviso di lavoro per architetto progettista a {city}"),
           "news": "Superbonus, cantieri fermi: cosa succede agli studi?", "group": "Conversazioni principali in Architetti e BIM Italia",
           "newsletter": "Legno e città: il taccuino del progettista"},
    "fr": {"job": ("{n} nouvelles offres pour « architecte chef de projet »", "Votre alerte emploi pour architecte chef de projet à {city}"),
           "news": "RE2020 : les agences d'architecture sont-elles prêtes ?", "group": "Meilleures discussions dans Architectes & Construction Bois",
           "newsletter": "Carnets de chantier : bâtir en terre crue aujourd'hui"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Laia Puigdollers", "Estudiant de 5è d'Arquitectura | ETSAB-UPC", "Barcelona",
  ("inv", "Hola Alex! Sóc estudiant de cinquè a l'ETSAB. Vaig visitar amb el taller la vostra rehabilitació del mercat de Sant Andreu i em va "
          "encantar com vau resoldre la coberta. Busco pràctiques curriculars a partir de gener: us puc enviar el portfoli?"),
  ("rem",))
P("good_invitation", "es", "Matteo Brambilla", "Studente di Architettura (PoliMi) | Erasmus ETSAB", "Barcelona",
  ("inv", "Ciao Alex, sono uno studente del PoliMi in Erasmus all'ETSAB fino a luglio. Cerco un tirocinio, anche part-time, in uno studio che "
          "lavori sul recupero e il vostro è il primo della mia lista. Posso mandarti cv e portfolio? Parlo spagnolo e sto imparando il catalano 🙂"),
  nl="it")
P("good_invitation", "es", "Clara Esteve", "Redactora | Revista Espais", "Madrid",
  ("inv", "Hola Alex, preparo para el número de diciembre de Espais un reportaje sobre pisos pequeños reformados en Barcelona y vuestro estudio de "
          "38 m² en la Barceloneta es justo lo que busco. ¿Te puedo llamar esta semana para hacerte unas preguntas y pedirte las fotos?"))
P("good_invitation", "es", "Marta Soler Ribas", "Coordinadora de projectes | Fundació Hàbitat Comú", "Barcelona",
  ("inv", "Bon dia Alex, des de la Fundació convoquem un concurs d'idees per a 40 habitatges cooperatius a Sants. Inscripció gratuïta, tres "
          "premis de 6.000 € i l'encàrrec del projecte per al guanyador. Ens faria il·lusió que us hi presentéssiu. Us envio les bases?"))
P("good_invitation", "fr", "Hugo Lacroix", "Architecte associé | Atelier Lacroix Ferrand", "Toulouse",
  ("inv", "Bonjour Alex, nous venons de livrer une école en pisé près de Toulouse et j'ai lu que vous testiez la terre crue sur votre projet à Vic. "
          "Je vous partage volontiers nos détails de mise en œuvre et les résultats des essais en compression. On en discute ?"))
P("good_invitation", "es", "Sergi Farré", "Director financiero | Transports Baix Vallès", "Sant Cugat del Vallès",
  ("inv", "Hola Alex, mi pareja y yo hemos comprado una parcela en Valldoreix y buscamos arquitecto para una casa de unos 180 m², a poder ser de "
          "madera y muy eficiente. Nos recomendó vuestro estudio Jordi Puig (le hicisteis la de Matadepera). ¿Podríamos quedar y os contamos?"),
  ("rem",))
P("good_invitation", "en", "Daniel Okonkwo", "Associate | Housing | Penrose Kell Architects", "London",
  ("inv", "Hi Alex - I'm drafting our practice's position note on single-stair residential blocks and Barcelona is the example everyone cites. "
          "Could I pick your brain on how the Catalan fire regs treat them above 6 storeys? I'll share the finished note with you."),
  ("rem",))
P("good_invitation", "es", "Oriol Camps", "Arquitecte | Passivhaus Designer | Professor associat ETSAV", "Sant Cugat del Vallès",
  ("inv", "Alex, som un grup d'arquitectes que quedem un dijous al mes al Col·legi per preparar l'examen de Passivhaus Designer. És gratuït, "
          "ens passem apunts i exercicis de PHPP. Si et ve de gust, la propera sessió és el 6 d'octubre a les 18 h."))


# =============================================================== default_invitation
P("default_invitation", "es", "Jaume Rovira", "Gerent | Construccions Rovira i Fills", "Girona", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Andrea Colombo", "Area Manager Spagna e Portogallo | arredobagno", "Milano", ("inv", NONOTE))
P("default_invitation", "es", "Iván Castillo", "Comercial | Aislamientos y Fachadas SATE", "Madrid", ("inv", NONOTE))
P("default_invitation", "es", "Pilar Medina", "Estudiante de Arquitectura | ETSA Sevilla", "Sevilla", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Tomás Aguirre", "Key Account AEC | Archiplus Software – distribuidor Autodesk", "Bilbao",
  ("inv", "Hola Alex, he visto que en el estudio modeláis en Revit. Somos distribuidor oficial y hasta el 30 de septiembre hay un 25% en licencias "
          "de red con formación incluida. ¿Te viene bien una llamada de 20 minutos para ver cuántos puestos necesitáis?"))
P("sales_invitation", "en", "Kai Lindholm", "Partnerships | Frameforge Render Cloud", "Helsinki",
  ("inv", "Hey Alex! Studios in Barcelona are cutting render times from hours to minutes on our cloud GPU farm. First 50 frames are on us, then "
          "pay as you go. Worth a 15 min demo next week? Happy to run one of your own scenes live."))
P("sales_invitation", "es", "Francesca Galli", "Contract Sales Manager Spain | Arredi Brianza Contract", "Barcelona",
  ("inv", "Buongiorno Alex, seguo il contract hotel e uffici in Spagna per Arredi Brianza. Per gli studi di architettura abbiamo un listino "
          "riservato con il 30% di sconto progettista. Posso mandarle il catalogo e passare in studio con il campionario?"),
  nl="it")
P("sales_invitation", "es", "Vicent Llorens", "Prescriptor tècnic Catalunya | Cerámicas Azahar", "Castelló de la Plana",
  ("inv", "Bon dia Alex, soc el prescriptor de Cerámicas Azahar per a Catalunya. Tenim la nova col·lecció de porcellànic gran format per a façana "
          "ventilada. Vos puc visitar un dia amb mostres i tarifes de projecte? Vos faig condicions especials."),
  ("rem",))
P("sales_invitation", "es", "Nacho Beltrán", "Ayudo a estudios de arquitectura a conseguir clientes | Arquileads", "Valencia",
  ("inv", "Alex, ¿cuántos clientes nuevos os entran al mes por internet? Trabajamos solo con estudios de arquitectura y garantizamos 10 leads de "
          "vivienda unifamiliar al mes, o no pagas. ¿Lo vemos en una videollamada de 15 min?"))
P("sales_invitation", "fr", "Aurélien Dumas", "Directeur | Prix Européen de l'Habitat Durable", "Lyon",
  ("inv", "Bonjour Alex, les inscriptions au Prix Européen de l'Habitat Durable 2022 sont ouvertes : jury international, publication dans "
          "l'annuel. Frais de participation 290 € HT par projet jusqu'au 15/10, 390 € ensuite. Je vous envoie le dossier ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Rubén Mas", "Arquitecto | Fundador de Gestudi", "Barcelona",
  ("inv", "Hola Alex, estoy juntando un grupo pequeño de arquitectos con estudio propio en Barcelona para compartir dudas de gestión, honorarios "
          "y obras. Una cena al mes y un chat, nada más. ¿Te apuntas?"),
  ("msg", "¡Gracias por aceptar, Alex! Te cuento cómo funciona: aparte de las cenas, los del grupo usamos Gestudi, el programa de gestión "
          "de estudios que he desarrollado (horas por fase, facturación, control de honorarios). Son 89 €/mes por usuario. "
          "¿Te paso el enlace para daros de alta?", (3, 9)),
  ("msg", "Alex, ¿pudiste mirarlo? Los que entréis antes del viernes tenéis el primer mes gratis y os migro los datos sin coste.", (6, 12)))
P("bait_and_switch_invitation", "it", "Giorgia Valli", "Community Manager | BIM Users Italia & España", "Bergamo",
  ("inv", "Ciao Alex! Gestisco una community gratuita di utenti BIM tra Italia e Spagna: ci scambiamo famiglie Revit, template e qualche trucco "
          "su Archicad. Se ti va entra pure, siamo già in 1.400."),
  ("msg", "Benvenuto in community 🙌 Ti segnalo che per i membri c'è il 20% sul nostro plugin di computo metrico per Revit (licenza annuale "
          "690 €). Se vuoi ti fisso una demo con un nostro consulente, bastano 30 minuti.", (2, 8)))
P("bait_and_switch_invitation", "es", "Patricia Osorio", "Consultora en eficiencia energética | Certified Passive House Consultant", "Madrid",
  ("inv", "Hola Alex! He preparado una guía gratuita con los 12 encuentros constructivos que más fallan en el Blower Door en rehabilitación. "
          "Creo que os puede venir bien para las obras con ayudas Next Generation. ¿Te la mando?"),
  ("msg", "¡Aquí la tienes! 😊 https://drive.example.com/guia-blowerdoor-rehab\n\nPor cierto, si tenéis alguna rehabilitación en marcha, hacemos "
          "el paquete completo: simulación PHPP, certificado y ensayo Blower Door desde 1.900 €. Pásame planos y te preparo presupuesto.", (2, 6)),
  ("msg", "Hola Alex, te vuelvo a escribir por el presupuesto: en noviembre tenemos huecos para ensayos en Barcelona. ¿Hacemos una llamada el jueves?",
   (5, 12)))
P("bait_and_switch_invitation", "fr", "Lucas Bernard", "Conseiller en gestion de patrimoine | Expatriés en Espagne", "Barcelona",
  ("inv", "Salut Alex, je réunis les architectes francophones installés à Barcelone pour un apéro mensuel à Gràcia : entraide sur l'inscription "
          "au COAC, l'homologation du diplôme, les assurances… Ça te dirait de venir au prochain ?"),
  ("msg", "Ravi de t'avoir dans le groupe ! Petite parenthèse : en dehors des apéros, je suis conseiller en gestion de patrimoine spécialisé "
          "expatriés. Beaucoup d'archis ici n'ont jamais optimisé leur retraite française ni leur assurance-vie. On se prend un café pour "
          "faire le point sur ta situation ?", (4, 12)))
P("bait_and_switch_invitation", "en", "Ethan Marsh", "Director | Marsh & Pryce Architects", "Bath",
  ("inv", "Hi Alex, quick question from one practice owner to another: how do you structure fee proposals for small residential jobs in Spain? "
          "We're opening a small office in Girona next year and I'd value a local perspective."),
  ("msg", "Thanks for connecting! To be upfront, we've also built ProposalNest, a fee-proposal and CRM tool for small practices, and I think it "
          "would fit your studio really well. 30-minute demo this week? Spanish early adopters get 3 months free.", (2, 7)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Valentina Russo", "Editor-in-chief | Archidesign Review International", "Milan",
  ("inm", "Feature in Archidesign Review – your Barceloneta flat",
   "Dear Alex,\n\nour editorial board has selected your Barceloneta micro-apartment for the winter issue of Archidesign Review, as a 4-page "
   "spread. Could you send us 10 high-resolution photos, the plans and a 300-word text?\n\nWarm regards,\nValentina Russo"),
  ("inm", "Re: Feature in Archidesign Review – your Barceloneta flat",
   "Dear Alex,\n\nthank you for the material, the project is lovely. To confirm the feature, we ask featured studios to contribute to production: "
   "the 4-page Premium Showcase is €1,450 + VAT, including 20 printed copies and a certificate of publication. Please confirm by Friday "
   "so we can hold your pages.\n\nValentina", (4, 10)))
P("bait_and_switch_inmail", "es", "Lorena Quintana", "Directora | Premios Iberoamericanos de Arquitectura Sostenible", "Madrid",
  ("inm", "Su estudio, finalista",
   "Estimado Alex:\n\nel comité técnico ha seleccionado la escuela de Vic como finalista de los Premios Iberoamericanos de Arquitectura "
   "Sostenible 2022. Enhorabuena a todo el equipo. En los próximos días le enviaremos la información de la gala, que se celebrará en Madrid.\n\n"
   "Atentamente,\nLorena Quintana"),
  ("inm", "Gala y acreditación de finalistas",
   "Estimado Alex:\n\npara formalizar su condición de finalista y aparecer en el catálogo oficial, cada estudio abona una tasa de acreditación "
   "de 780 € (incluye dos entradas a la gala y el trofeo). Le adjunto la factura proforma; le rogamos el pago antes del día 20.\n\nUn cordial saludo"))
P("bait_and_switch_inmail", "es", "Noelia Sanz", "UX Research | Trazo", "Valencia",
  ("inm", "Investigación sobre estudios pequeños",
   "Hola Alex, estamos haciendo una investigación sobre cómo trabajan los estudios de arquitectura de menos de 10 personas en España: "
   "herramientas, horas, honorarios. ¿Me regalarías 15 minutos por videollamada? Compartiremos el informe final con todos los participantes. ¡Gracias!"),
  ("inm", "Gracias por la charla (y una propuesta)",
   "Alex, gracias por la conversación del martes, me aclaraste muchísimo. Con lo que me contaste creo que Trazo os encaja perfecto: gestión de "
   "proyectos y control de horas por fase en la misma herramienta. Te propongo una demo con mi compañero de ventas; si firmáis antes de "
   "diciembre, 30% de descuento el primer año. ¿Qué día te va bien?", (5, 11)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Andreu Vidal", "Arquitecte tècnic | Cap d'obra", "Terrassa",
  ("end",), ("end",),
  ("msg", "Ei Alex! T'he validat {skill} i un parell més, que t'ho has guanyat. Una cosa: em faries el favor de validar-me Direcció d'execució "
          "i Pressupostos? Estic buscant feina nova i diuen que els recruiters s'hi fixen. Gràcies, crack!"))
P("endorse_me_back", "it", "Giulia Pace", "Interior designer | Lighting | Studio Pace", "Milano",
  ("end",),
  ("msg", "Ciao Alex! Ti ho appena confermato {skill} 🙂 Se ti va di ricambiare, mi faresti un piacere con Interior Design e Lighting Design: "
          "sto sistemando il profilo per un paio di gare in Spagna. Grazie mille e a presto!"))
P("endorse_me_back", "en", "Mark Feeney", "Façade consultant | Feeney Envelope Design", "Dublin",
  ("end",), ("end",),
  ("msg", "Alex, hope the Poblenou job is going well. I endorsed you for {skill} the other week - any chance you could return the favour "
          "for Façade Engineering? Only takes a second. Cheers, Mark"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Ramon Tort", "Jubilat | Ex-director d'oficina bancària", "Barcelona",
  ("inv", "Senyor Morgan, sóc el veí del número 14 del carrer Verdi, tocant a la vostra obra. Des que van començar els enderrocs m'ha sortit "
          "una esquerda al menjador i voldria parlar-ne amb vostè. Accepti la invitació, si us plau."),
  ("rem",),
  ("inm", "Obra carrer Verdi",
   "Veig que no es digna ni a contestar. Tres setmanes de pols i de martells des de les set del matí, una esquerda a casa, i vostè no té ni "
   "l'educació de respondre un missatge. Quina poca vergonya. Els arquitectes es pensen que estan per sobre dels veïns. Ho portaré al "
   "Districte i al meu advocat.\n\nRamon Tort i Puig", (2, 6)))
P("hostility_after_decline", "es", "Fernando Gil", "Director comercial | Aluminios Gil – carpintería RPT", "Rubí",
  ("inv", "Buenas Alex, fabricamos carpintería de aluminio con rotura de puente térmico a precio de fábrica, aquí en Rubí. ¿Te paso tarifa para "
          "vuestras próximas obras?"),
  ("inm", "Sin respuesta",
   "Alex, te escribí hace semanas y ni un \"no, gracias\". Así os va a los arquitectos: luego os quejáis de que las obras se van de precio, pero "
   "a los que os podríamos ahorrar dinero ni nos contestáis. Un poco de educación no cuesta nada.", (9, 16)))
P("hostility_after_decline", "it", "Chiara Fumagalli", "Architetto | Fumagalli Design Studio", "Como",
  ("inv", NONOTE), ("rem",),
  ("inm", "Davvero?",
   "Alex, ti ho mandato una richiesta di collegamento settimane fa, tra colleghi. Ignorarla è una scelta, va bene, ma complimenti per la "
   "spocchia. Pensavo che a Barcellona foste più aperti; evidentemente un paio di pubblicazioni bastano a montarsi la testa."))
P("hostility_after_decline", "en", "Gavin Pryor", "Founder | ArchVisual Studio – renders & animation", "Manchester",
  ("inv", "Hi Alex, we produce photoreal renders and walkthroughs for architects from €290 per image, 48h turnaround. Shall I send over our portfolio?"),
  ("inm", "Re: renders",
   "Not interested is fine. Ignoring people who took the time to write to you is just rude. Architects are the worst for this - you think "
   "you're artists and everyone else is a supplier. Good luck with your 'studio'.", (8, 15)))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Joan Ferrer", "Gerent | Construccions i Reformes Ferrer SL", "Barcelona",
  ("msg", "Bon dia Alex. A partir de novembre tenim l'equip lliure i us podem fer preu per a les reformes que tingueu a Gràcia o a l'Eixample: "
          "paleta, lampista i electricista propis. Em passes els amidaments i t'ho tinc en una setmana?"),
  ("msg", "Hola Alex, et torno a escriure pels pressupostos. Us faria un 5% per sota del que vam presentar al concurs de Sant Andreu."),
  ("msg", "Veig que ni contestes. Quan us va plantar el constructor a Sant Andreu bé que vau trucar, eh? Teniu la memòria molt curta, "
          "els arquitectes. Quedes retratat, Alex.", (4, 9)))
P("hostility_connection", "it", "Stefano Riva", "Sales Director Iberia | Riva Facciate Ventilate", "Brescia",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento dopo il Cersaie! Come d'accordo ti mando le nostre soluzioni per facciate ventilate in gres. "
          "Quando possiamo fare una call con il vostro responsabile tecnico per inserire il nostro sistema nel capitolato di Poblenou?", (1, 4)),
  ("msg", "Alex, ti ho scritto più volte. Sei stato tu a chiedermi il contatto in fiera e adesso sparisci? Non è così che si lavora, è una "
          "mancanza di rispetto verso chi fa il proprio mestiere. Comunque ho capito, non disturbo più.", (8, 14)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Albert Soler", "Inversiones inmobiliarias | Rehabilitación de edificios para inversores", "Badalona",
  ("msg", "Buenas Alex, te escribo porque tengo una operación que te puede encajar: edificio de 8 viviendas en Badalona, compra + rehabilitación, "
          "rentabilidad estimada del 7% anual. Ticket desde 50.000 €. ¿Te mando el dossier?"),
  ("msg", "Hola Alex, quedan dos participaciones del edificio de Badalona y cerramos el día 30. Si quieres te llamo y te explico los números en 10 minutos."))
P("connection_only_pitches", "es", "Elena Marín", "Responsable de prescripción Cataluña | Pinturas Minerales Keraton", "Barcelona",
  ("msg", "Hola Alex! Os dejo el catálogo nuevo de pinturas minerales al silicato, ideales para fachadas de rehabilitación. Si me decís qué obras "
          "tenéis en marcha os hago una oferta de proyecto 😊"),
  ("msg", "Alex, ¿pudiste echarle un ojo? Hasta fin de mes tenemos un 12% en pedidos de más de 500 litros.", (4, 9)),
  ("msg", "¡Última semana de la promo! Si me confirmas obra y metros te lo dejo reservado.", (4, 8)))
P("connection_only_pitches", "en", "Liam Carroll", "Sales Lead EMEA | SkyScan Surveys (drone & LiDAR)", "Cork",
  ("msg", "Hi Alex, hope all's good in BCN. We've just launched our drone + LiDAR survey service in Catalonia: point clouds straight into Revit "
          "in 72h, ideal for heritage refurb. Can I book 20 minutes with you to walk through pricing?"),
  ("msg", "Hi again Alex - we have a crew in Barcelona the week of the 17th. If you've got a site that needs scanning I can do 15% off the survey. "
          "Shall I pencil you in?"))
P("connection_only_pitches", "fr", "Julien Fabre", "Business developer | Acoustica Mobilier", "Lyon",
  ("msg", "Bonjour Alex, j'espère que vous allez bien. Nous équipons bureaux et espaces de coworking en mobilier acoustique fabriqué à Lyon. "
          "Je serais ravi de vous présenter la gamme pour vos projets tertiaires, en visio ou à votre agence."),
  ("msg", "Alex, je reviens vers vous : notre showroom mobile passe à Barcelone début novembre. Un créneau de 30 minutes pour vous montrer nos "
          "cabines et panneaux ?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Carlos Prats", "Asesor financiero | Banca privada", "Barcelona",
  ("msg", "Alex, ¿cómo tienes montada la jubilación como autónomo? Con los cambios de este año en los planes de pensiones hay opciones mucho "
          "mejores para profesionales liberales. Si quieres te preparo un estudio personalizado sin compromiso y lo vemos en tu estudio."))
P("single_pitch", "en", "Hannah Reeve", "Social media for architects | Plinth Studio", "Brighton",
  ("msg", "Hi Alex! Love the Collserola house on your feed 😍 We run Instagram and Pinterest for architecture studios: content calendar, reels, "
          "paid ads, the lot. Packages from €600/month. Fancy a quick call to see if we're a fit?"))
P("single_pitch", "it", "Roberto Sala", "Agente per la Spagna | Luce Padova – illuminazione architetturale", "Padova",
  ("msg", "Buongiorno Alex, sono agente per la Spagna di un'azienda di illuminazione architetturale di Padova. Abbiamo profili LED da incasso "
          "pensati per il residenziale di fascia alta. Le posso fissare una presentazione in studio con il nostro tecnico?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Pau Gelabert", "Arquitecte | Gelabert Vives Arquitectura", "Barcelona",
  ("msg", "Alex, t'envio el resum que vam fer al despatx de les convocatòries Next Generation per a rehabilitació residencial: dates, "
          "percentatges i quins documents demana l'Agència de l'Habitatge. Ens va costar una setmana entendre-ho, així us l'estalvieu. "
          "Qualsevol dubte, truca'm."))
P("connection_brings_value", "es", "Inés Calvo", "Arquitecta | Profesora de Proyectos, ETSAM", "Madrid",
  ("end",),
  ("msg", "Hola Alex, el 17 de noviembre tenemos el jurado final del taller de vivienda colectiva en la ETSAM y me encantaría contar contigo "
          "como crítico invitado. Pagamos el AVE y comemos con los alumnos. ¿Te animas?"))
P("connection_brings_value", "en", "Tom Whitaker", "Director | Whitaker Hale Architects", "Bristol",
  ("msg", "Alex, a client of ours (lovely retired couple, ex-Bristol) has just bought a 1900s flat in the Eixample and wants a local architect "
          "for the refurb. I immediately thought of you. OK if I pass on your email? No obligation at all."))
P("connection_brings_value", "it", "Aurora Bianchi", "Ingegnere strutturista | Ricercatrice legno strutturale, Università di Trento", "Trento",
  ("msg", "Ciao Alex, ecco il report delle prove al fuoco sui solai in X-Lam di cui parlavamo a Venezia: 90 minuti con due lastre di cartongesso. "
          "Usalo pure per la relazione, basta citare il laboratorio."),
  ("msg", "Ah, dimenticavo: giovedì prossimo il nostro gruppo tiene un webinar gratuito sulla progettazione antisismica in legno. Ti giro il "
          "link, se riesci a collegarti mi fa piacere.", (2, 6)))
P("connection_brings_value", "es", "Xavi Puig", "Cap d'obra | Estructures Puig", "Sabadell",
  ("msg", "Ei Alex, t'adjunto el detall de la trobada façana-forjat que vam resoldre a l'obra de Sarrià. Ho vam comprovar amb termografia i no "
          "hi ha pont tèrmic. Potser us serveix per a Poblenou."))


# =============================================================== stranger_inmail_recruiter (real work offered to Alex)
P("stranger_inmail_recruiter", "en", "Helena Brandt", "Head of Talent | Nordvik Arkitekter", "Oslo",
  ("inm", "Design Director – new Barcelona studio",
   "Hello Alex,\n\nI lead talent at Nordvik Arkitekter. We are opening a Barcelona studio in spring 2023, focused on timber housing, and are "
   "looking for a Design Director who knows the local market and codes. Full-time, partner track, salary band €85-100k. Would you be open "
   "to a confidential conversation, even if only to point me to someone?\n\nBest,\nHelena"))
P("stranger_inmail_recruiter", "es", "Jordi Camprubí", "CEO | Hostals del Port", "Cadaqués",
  ("inm", "Reforma hostal en Cadaqués",
   "Buenos días Alex. Tenemos un hostal de 22 habitaciones en Cadaqués que queremos reformar entero durante el invierno de 2023-24 (la fachada "
   "está protegida). Buscamos un estudio con experiencia en rehabilitación y en madera. ¿Podríamos reunirnos en Barcelona para enseñaros el "
   "edificio y pediros una propuesta de honorarios?\n\nJordi Camprubí"))
P("stranger_inmail_recruiter", "es", "Mercè Llobet", "Cap del Departament de Projectes | Escola d'Arquitectura La Salle", "Barcelona",
  ("inm", "Plaça de professor associat – Projectes III",
   "Benvolgut Alex,\n\ndes del Departament de Projectes busquem un professor associat per al taller de Projectes III (dimarts i dijous a la "
   "tarda, segon quadrimestre). Pensem en perfils amb obra construïda en rehabilitació i el vostre encaixa molt. Si t'interessa, t'explico "
   "les condicions i com presentar la candidatura.\n\nCordialment,\nMercè Llobet"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Diego Ferreyra", "Sales Executive España | PlanoPro", "Barcelona",
  ("inm", "Presupuestos de obra en minutos",
   "Hola Alex, ¿cómo andás? Te escribo de PlanoPro: con nuestro software sacás mediciones y presupuestos directo del modelo BIM y lo conectás "
   "con la base de precios del ITeC. Te muestro una demo de 20 minutos esta semana, ¿qué día te queda cómodo?"),
  ("inm", "Re: Presupuestos de obra en minutos",
   "Alex, te reescribo porque este mes tenemos 3 licencias con 40% off para estudios de Cataluña. ¿Te reservo una?"))
P("stranger_inmail_sales", "fr", "Camille Roussel", "Responsable export | Maison Lézard – mobilier outdoor", "Aix-en-Provence",
  ("inm", "Mobilier outdoor pour vos projets hôteliers",
   "Bonjour Alex, je suis responsable export chez Maison Lézard, mobilier outdoor en aluminium et teck fabriqué en Provence. Nous proposons "
   "aux architectes une remise prescripteur de 25 %. Puis-je vous envoyer notre catalogue ?"),
  ("inm", "Maison Lézard à Hostelco",
   "Alex, je me permets de relancer : nous serons au salon Hostelco à Barcelone fin octobre. Voulez-vous réserver un rendez-vous sur le stand "
   "pour voir la collection et parler tarifs ?"))
P("stranger_inmail_sales", "it", "Simona Greco", "Project manager | Milano Architecture Prize", "Milano",
  ("inm", "Call for entries – Milano Architecture Prize 2022",
   "Gentile Alex, le iscrizioni al Milano Architecture Prize chiudono il 20 ottobre. Categoria residenziale, giuria internazionale e mostra "
   "a Milano per i finalisti. Quota d'iscrizione 180 € a progetto (early bird fino al 10/10). Trova il modulo al link qui sotto.\n\n"
   "https://milanoarchprize.example/entry"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Marc Olivé", "Arquitecte | Comissari de l'exposició «Viure en fusta»", "Barcelona",
  ("inv", "Hola Alex, estic comissariant una exposició al Col·legi sobre habitatge en fusta a Catalunya i la vostra casa de Collserola hi encaixa "
          "molt. Participar-hi no té cap cost per als estudis. En parlem?"),
  ("msg", "Gràcies per acceptar! Ja et puc confirmar que la casa de Collserola entra a l'exposició: la inauguració és el 20 d'octubre i teniu "
          "dues invitacions per al sopar. T'envio el formulari per als plànols i les fotos.", (2, 6)),
  ("msg", "Alex, una cosa que no t'havia comentat: per acompanyar l'exposició editem un catàleg, i als estudis que hi vulguin una doble pàgina "
          "amb fitxa ampliada els demanem una aportació de 650 € + IVA. Ja ho han fet la majoria. T'hi apunto?", (5, 12)))
P("good_turns_ugly", "es", "Valeria Montes", "Arquitecta y fotógrafa de arquitectura", "Barcelona",
  ("inv", "Hola Alex! Soy arquitecta y fotógrafa, argentina, vivo en Poblenou hace dos años. Estoy armando portfolio de residencial en Barcelona "
          "y me encantaría fotografiar tu obra de Sant Andreu sin costo, a cambio de poder usar las fotos. ¿Te copa?"),
  ("msg", "¡Listo! Te dejo el link con las 24 fotos en alta, ya editadas: https://wetransfer.example.com/vm-santandreu\nUsalas donde quieras, "
          "solo mencioname si las publicás. Fue un placer, qué lindo el patio.", (4, 10)),
  ("end",),
  ("msg", "Alex, te validé {skill} 😊 ¿Me harías la gauchada de validarme Fotografía de arquitectura y Adobe Lightroom? Estoy postulando a un "
          "par de revistas y suma un montón.", (1, 5)))
P("good_turns_ugly", "en", "James Hartley", "Sustainability Lead | Embodied carbon in buildings", "Glasgow",
  ("inv", "Hi Alex, I maintain a free embodied-carbon spreadsheet for timber vs concrete frames (RICS method, Spanish grid factors added last "
          "month). Saw your CLT work - happy to send it over if it helps at feasibility stage."),
  ("msg", "Here you go: https://sheets.example.com/ec-timber-concrete plus a two-page guide. If you find bugs, tell me and I'll fix them.", (1, 5)),
  ("msg", "Hi Alex, hope the sheet's been handy. We're now offering full whole-life carbon assessments for planning submissions, from €3,500 "
          "per project, and I'd love to quote for your Poblenou scheme. Free for a call Tuesday?", (7, 14)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Rocío Lozano", "Comercial contract | Sillería Levante", "Valencia",
  ("inm", "Sillas y mesas para vuestros proyectos",
   "Hola Alex, soy Rocío, de Sillería Levante. Fabricamos sillas y mesas para hostelería y contract con plazo de 4 semanas. ¿Te puedo enviar la "
   "tarifa de prescriptor y unas muestras?"),
  ("inv", "Hola Alex! Coincidimos el jueves en la charla de interiorismo del Disseny Hub, me gustó mucho tu pregunta sobre reutilizar mobiliario. "
          "Encantada de conectar."))
P("reinvite_known_bad", "it", "Francesco Moretti", "Agente di commercio | Pavimenti in legno", "Treviso",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ci siamo conosciuti alla presentazione al Col·legi sul legno lamellare, ero quello con la giacca gialla 😄 Mi farebbe "
          "piacere restare in contatto."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Ignasi Bertran", "Gerent | Estructures Bertran – formigó armat", "Manresa",
  ("inv", "Alex, portem 20 anys fent estructures de formigó per a estudis com el vostre. Et puc passar preus per a l'obra de Poblenou? Sense compromís."),
  ("inm", "Resposta",
   "Molt bé, Alex. Ni una línia. Així tracteu la gent que us ha aixecat mitja obra? Sou uns prepotents i tot el sector ho sap. Ja no cal que contestis.",
   (6, 12)),
  ("inv", "Hola Alex, potser l'altre dia vaig ser una mica brusc. Comencem de nou? M'agradaria tenir-te a la xarxa.", (22, 30)))
P("reinvite_known_ugly", "fr", "Yannick Perrot", "Délégué général | Rencontres de l'Architecture Bas Carbone", "Montpellier",
  ("inm", "Invitation à intervenir – Rencontres de l'Architecture Bas Carbone",
   "Bonjour Alex,\n\nle comité d'organisation des Rencontres de l'Architecture Bas Carbone souhaiterait vous inviter à présenter votre travail "
   "sur la construction bois lors de notre édition de novembre à Montpellier. Seriez-vous disponible le 24 novembre ?\n\nBien cordialement,\nYannick Perrot"),
  ("inm", "Votre intervention – modalités",
   "Merci pour votre retour positif ! Pour finaliser votre créneau, les intervenants prennent en charge le pack Speaker (990 € HT) : visibilité "
   "sur nos supports, déjeuner et captation vidéo. Je vous envoie le bon de commande ?", (3, 8)),
  ("inv", "Bonjour Alex, je serais heureux de vous compter dans mon réseau professionnel.", (20, 28)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Lorenzo Galbiati", "Export Manager Iberia | Galbiati Bagno", "Monza",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Come ti dicevo al Cersaie, la nostra nuova serie di lavabi in Cristalplant è perfetta per gli "
          "hotel. Ti mando il listino progettisti e, se ti va, passo in studio a fine mese con i campioni."))
P("user_invited_pitch_once", "es", "Núria Camps", "Delegada comercial | Cobertes Verdes Sedum", "Barcelona",
  ("acc",),
  ("msg", "Gràcies per la invitació, Alex! Ja que vam parlar de la coberta verda de l'escola, et passo la nostra proposta de sistema extensiu "
          "amb preu per m² i el manteniment del primer any inclòs. Si vols, fem números per a Vic."))
P("user_invited_pitch_once", "en", "Owen Price", "Regional Manager Spain | Drafta BIM", "Madrid",
  ("acc",),
  ("msg", "Thanks for the add, Alex. Since you mentioned you're reviewing your software, we're the Iberian reseller for Drafta BIM; switching "
          "from Revit is easier than people think and we migrate your templates for free. Can I send a quote for 6 seats?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Marta Guasch", "Key Account Manager | Hormigones del Vallès", "Granollers",
  ("acc",),
  ("msg", "Hola Alex, gracias por conectar. Te cuento: tenemos un hormigón nuevo con un 40% menos de CO₂ y EPD verificada. ¿Os podemos "
          "presentar una oferta para la obra de Poblenou?"),
  ("msg", "Alex, te reenvío la ficha técnica y los precios por m³. Si me pasas el contacto del constructor, lo cerramos directamente con él."))
P("user_invited_pitch_twice", "fr", "Benoît Garnier", "Commercial export | Menuiseries Jurassiennes bois-alu", "Besançon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Nous fabriquons des menuiseries bois-alu sur mesure dans le Jura, certifiées Passivhaus. Je peux "
          "vous chiffrer les fenêtres de votre maison de Collserola ?"),
  ("msg", "Bonjour Alex, je relance au sujet du chiffrage : nos délais passent à 14 semaines en décembre, donc mieux vaut réserver la "
          "production maintenant. On s'appelle cette semaine ?"))
P("user_invited_pitch_twice", "en", "Ravi Menon", "Channel Manager EMEA | CloudCAD", "Amsterdam",
  ("acc",),
  ("msg", "Cheers for connecting, Alex! CloudCAD lets your whole team work on the same model from any browser - no more VPN pain. I can set "
          "you up with a 14-day trial and a walkthrough call; when suits?"),
  ("msg", "Hi Alex, just checking in. Our Q4 pricing ends on the 31st: 20% off annual plans for teams under 10. Want me to hold that for you?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Ana Robles", "Redactora jefe | Habitar, revista de arquitectura", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Como te comenté en la inauguración, queremos publicar la casa de Collserola en el número de primavera. "
          "Necesitaríamos planos en PDF, una memoria breve y los créditos del fotógrafo. ¿Te va bien enviármelo antes del 15 de noviembre?"))
P("user_invited_value", "it", "Giacomo Pellegrini", "Architetto | Studio Pellegrini Architetti", "Bologna",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Come promesso, ti giro i dettagli costruttivi del nostro solaio misto legno-calcestruzzo e il "
          "report della prova acustica. E se passi da Bologna a novembre, facciamo un workshop gratuito in studio sul legno strutturale: sei il benvenuto."))
P("user_invited_value", "fr", "Anne-Sophie Morel", "Ingénieure acousticienne | Bureau d'études Échelle", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme promis à la conférence de Lyon, voici nos mesures acoustiques in situ sur planchers CLT avec "
          "différentes chapes (12 chantiers). Libre à vous de les utiliser ; n'hésitez pas si vous avez des questions sur l'interprétation."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Ferran Roig", "Regidor d'Urbanisme | Ajuntament de Vic", "Vic", ("acc",))
P("acceptance_only", "it", "Elisabetta Conti", "Architetto | Conti Ricci Associati", "Torino", ("acc",))
P("lone_endorsement", "es", "Quim Serra", "Arquitecte júnior | ex-becari a Morgan Vilalta", "Barcelona", ("end",))
P("lone_endorsement", "en", "Rachel Goldberg", "Architect | Timber housing | Tel Aviv", "Tel Aviv", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("COAC – Comunicació", "comunicacio@coac-butlleti.example", "Butlletí: jornada gratuïta sobre els ajuts Next Generation",
     "Benvolgut/da col·legiat/da,\n\nel 29 de setembre organitzem una jornada gratuïta sobre les convocatòries d'ajuts a la rehabilitació "
     "residencial. Inscripcions al web.\n\nSegueix-nos a LinkedIn i Instagram per a totes les novetats.", "es"),
    ("Sergi Farré", "sergi.farre@correo.example", "Parcela Valldoreix – topográfico",
     "Hola Alex,\n\nte adjunto el topográfico y la nota simple. Te mandé también la invitación por LinkedIn por si te es más cómodo escribir por ahí.\n\n"
     "Un saludo,\nSergi", "es"),
    ("Núria Vilalta", "nuria@morganvilalta.example", "Compte amb el veí del Verdi",
     "Alex,\n\nel senyor Tort ha vingut a l'obra i diu que t'ha escrit per LinkedIn. He parlat amb el cap d'obra: cal aixecar acta de "
     "l'esquerda amb fotos avui mateix i passar-la a l'assegurança. No li contestis per LinkedIn, millor una carta.\n\nN.", "es"),
    ("Clara Esteve", "clara.esteve@revistaespais.example", "Fotos del piso de la Barceloneta",
     "Hola Alex,\n\ngracias por la llamada. Como te dije por LinkedIn, necesitaría las fotos en 300 ppp y el nombre del fotógrafo para los créditos.\n\nClara", "es"),
    ("Borsa de Treball ETSAB", "borsa@etsab-upc.example", "Oferta de pràctiques: 14 candidatures noves",
     "Hola,\n\nla vostra oferta de pràctiques ha rebut 14 candidatures noves. Recordeu que molts estudiants també us contactaran per LinkedIn; "
     "us demanem que les pràctiques es formalitzin sempre amb conveni.", "es"),
    ("Hugo Lacroix", "h.lacroix@atelier-lf.example.fr", "Détails pisé + essais",
     "Bonjour Alex,\n\nsuite à notre échange sur LinkedIn, voici les détails de mise en œuvre et le rapport d'essais en compression.\n\nBien à vous,\nHugo", "fr"),
    ("Archiplus Software", "renovaciones@archiplus.example", "Tu suscripción vence en 30 días",
     "Hola Alex,\n\ntu suscripción de 4 puestos vence el 31 de octubre. Renueva ahora y mantén el precio de 2022.\n\nSíguenos en LinkedIn para "
     "trucos y formación.", "es"),
    ("Giacomo Pellegrini", "giacomo@studiopellegrini.example.it", "Workshop legno – Bologna, 18 novembre",
     "Ciao Alex,\n\ncome ti ho scritto su LinkedIn, il workshop è il 18 novembre alle 10. Ti tengo un posto, fammi sapere.\n\nGiacomo", "it"),
    ("The Practice Letter", "hello@practiceletter.example", "Five things to fix on your practice's LinkedIn page",
     "This week: why your studio page gets no followers, how to post project photos without annoying clients, and what a good fee "
     "proposal looks like in 2022.\n\nUnsubscribe: https://practiceletter.example/u", "en"),
    ("Google Calendar", "calendar-notification@google.example", "Invitació: Reunió Jordi Camprubí – hostal Cadaqués @ dj. 13 oct. 10:00",
     "Reunió amb Jordi Camprubí (Hostals del Port), contacte via InMail de LinkedIn.\nLloc: despatx, carrer de Verdi\nOrganitzador: alex.morgan@example.net", "es"),
    ("Fundació Hàbitat Comú", "concursos@habitatcomu.example", "Bases del concurs d'idees – 40 habitatges cooperatius a Sants",
     "Bon dia,\n\nus fem arribar les bases del concurs. La inscripció és gratuïta fins al 15 de novembre. Difondrem els resultats a LinkedIn "
     "i al nostre web.\n\nFundació Hàbitat Comú", "es"),
]

# the older (2016) layout for some people; the rest in the newer one
OLD_LAYOUT = {"Rubén Mas", "Andreu Vidal", "Ramon Tort", "Marc Olivé", "Patricia Osorio", "Jaume Rovira", "Hugo Lacroix", "Francesco Moretti",
              "Elena Marín"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}
# people whose InMail is a client's or an employer's own message, not a Recruiter seat's
PLAIN_INMAIL = {"Jordi Camprubí", "Mercè Llobet"}

HEADER = [f"# mailbot dev154 corpus. Generated by scripts/make_corpus_dev154.py (seed {SEED}); do not edit by hand.",
          "# September and October 2022 of Alex, partner in a small Barcelona architecture practice: builders, material and furniture sellers, "
          "BIM and render vendors, competitions free and paid, students, journalists, peers, clients, an angry neighbour; Spanish and Catalan, "
          "English, some Italian and French. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li154(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2022), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories154(cs.EraStories):
    """Stories inside September and October 2022: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li154(self.g, self.b)
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

    def li_mail(self, p, kind, date, shown, note, no_note=False, skill="", recruiter=False, inmail_subject="", prefix="", short=""):
        if p.name in PLAIN_INMAIL:
            recruiter = False
        return super().li_mail(p, kind, date, shown, note, no_note, skill, recruiter, inmail_subject, prefix, short)


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate names"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev154")
    args = ap.parse_args()
    check_notes()
    c = Stories154(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(9)
    c.make_other(13)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
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
