#!/usr/bin/env python3
"""Write mailbot's development corpus dev102: tests/corpus/dev102/*.eml + expected.toml.

The angle: the user Alex is a freelance conference interpreter and translator (Spanish,
English, French) who works between Madrid, Buenos Aires and Geneva. Their LinkedIn world:
booth colleagues who pass on jobs they cannot take, team leaders and chief interpreters of
international organisations, event organisers and clients who want an interpreter or a quote
for a sworn translation, associations of interpreters with free training and CPD, students
asking how to start, agencies (decent ones with real work, exploitative ones that charge an
"onboarding" or "accreditation" fee, or sell overflow translation and leads), translation-tool
and remote-interpreting vendors (CAT licences, glossary AI, RSI hubs, AI captions and dubbing),
booth-equipment rental, tax advisers, pension and insurance sellers for the self-employed,
coaches for freelancers, scammers with fake assignments and overpayment cheques, colleagues
who want their endorsement back, and people who turn rude when ignored. Spanish from Spain
and from the Río de la Plata (voseo), Swiss and French French, English, a little German
and Italian.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
and other LinkedIn titles, the headlines of spoof-only names and PYMK suggestions, and the
lures that spoofs carry are swapped for this world in this process only (make_corpus.py
itself is not changed). Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev102.py              # writes tests/corpus/dev102
    python scripts/make_corpus_dev102.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261102

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the interpreter's world (this process only)
SKILLS = {
    "en": ["Conference Interpreting", "Simultaneous Interpretation", "Consecutive Interpreting", "Legal Translation", "Translation", "Subtitling"],
    "es": ["Interpretación de conferencias", "Interpretación simultánea", "Traducción jurídica", "Traducción", "Interpretación consecutiva"],
    "fr": ["Interprétation de conférence", "Interprétation simultanée", "Traduction juridique", "Traduction", "Interprétation consécutive"],
    "de": ["Konferenzdolmetschen", "Simultandolmetschen", "Juristische Übersetzung", "Übersetzen"],
    "it": ["Interpretazione di conferenza", "Interpretazione simultanea", "Traduzione giuridica", "Traduzione"],
}
RHEADLINE = {
    "en": "Conference Interpreter & Translator | ES · EN · FR | Madrid – Buenos Aires – Geneva",
    "es": "Intérprete de conferencias y traductor/a | ES · EN · FR | Madrid – Buenos Aires – Ginebra",
    "fr": "Interprète de conférence et traducteur·rice | ES · EN · FR | Madrid – Buenos Aires – Genève",
    "de": "Konferenzdolmetscher/in und Übersetzer/in | ES · EN · FR | Madrid – Buenos Aires – Genf",
    "it": "Interprete di conferenza e traduttore/traduttrice | ES · EN · FR | Madrid – Buenos Aires – Ginevra",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.CITY["es"] = ["Madrid", "Buenos Aires", "Barcelona", "Rosario", "Montevideo", "Sevilla"]
mc.CITY["fr"] = ["Genève", "Lausanne", "Paris", "Neuchâtel", "Bruxelles", "Lyon"]
mc.JOBS[:] = [("Freelance Conference Interpreter (ES booth, EN/FR)", "Intergovernmental Forum on Fisheries"),
              ("Translator-Reviser, Spanish (P-3)", "International Telecom Standards Office"),
              ("Intérprete de conferencias ES-EN", "Palacio de Congresos del Sur"),
              ("Interprète free-lance – cabine espagnole", "Organisation alpine de la santé"),
              ("Traductor/a jurado/a inglés-español", "Vidal & Quiroga Abogados"),
              ("Court Interpreter, Spanish (temporary)", "Superior Court of Westbridge")]
mc.COMPANIES["good"] = ["Cabina Sur", "Groupement romand des interprètes", "Foro Iberoamericano de Congresos", "Geneva Health Assembly Secretariat",
                        "Instituto de Formación de Intérpretes", "Lakeside Conference Centre", "Colegio de Traductores de Rosario"]
mc.COMPANIES["sales"] = ["Verbalis RSI", "GlosarIA", "BoothKit", "Wordsmith Studio", "Captionly", "LinguaPass", "TermBridge", "Traducciones Delta Express"]
mc.HEADLINES["good"] = ["Conference interpreter | {co}", "Intérprete de conferencias en {co}", "Interprète de conférence – {co}",
                        "Chief interpreter, {co}", "Terminologist at {co}", "Coordinadora de congresos | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Head of Partnerships @ {co}", "Fundador en {co}", "Vendor Manager – {co}",
                         "Responsable commercial chez {co}", "Growth | {co}"]

SPOOF_LURES = {
    "en": ["Dear Alex, we need an English<>Spanish interpreter for a shareholders' meeting in Dubai next week (5 days, USD 950/day). Open the booking form here and sign in to confirm.",
           "Hello Alex, the client has posted the cheque for your fee and the equipment. Please log in to see the remittance and confirm the transfer of the balance to our supplier."],
    "es": ["Hola Alex, tenemos un encargo urgente de interpretación en Punta del Este, 4 días, USD 800 por día. Descargá el contrato e iniciá sesión para confirmar.",
           "Estimado/a Alex: hemos enviado el anticipo de sus honorarios por un importe superior al acordado. Inicie sesión para ver el comprobante y devolver la diferencia."],
    "fr": ["Bonjour Alex, mission urgente d'interprétation à Monaco (4 jours, 1 100 € par jour). Consultez le contrat et connectez-vous pour confirmer votre disponibilité.",
           "Bonjour, notre client a réglé par chèque un montant supérieur à vos honoraires. Connectez-vous pour confirmer le virement de la différence à notre prestataire."],
    "de": ["Hallo Alex, wir suchen kurzfristig eine Dolmetscherin oder einen Dolmetscher EN-ES für eine Hauptversammlung. Vertrag hier öffnen und anmelden.",
           "Guten Tag, der Kunde hat Ihnen einen Scheck über den vereinbarten Betrag hinaus geschickt. Bitte melden Sie sich an, um die Rücküberweisung zu bestätigen."],
    "it": ["Gentile Alex, cerchiamo un interprete spagnolo-inglese per un consiglio di amministrazione a Montecarlo. Apra il contratto e acceda per confermare.",
           "Ciao Alex, il cliente ti ha inviato un assegno superiore al compenso. Accedi per confermare il bonifico della differenza al fornitore delle cabine."],
}
for _l, _n in SPOOF_LURES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

# a mixed handful of the spoof methods: look-alike domains, display-name spoofs, failing or missing DKIM, untrusted results
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "lookalike:linkedin.com.secure-notify.example", "buried", "display:outlook.com", "wrongpass"]

retitle_other({
    "en": {"job": ("{n} new jobs for \"conference interpreter\"", "Your job alert for conference interpreter in {city}"),
           "news": "Will AI captions empty the interpreting booth?", "group": "Top conversations in Conference Interpreters Worldwide",
           "newsletter": "Booth Notes: numbers, names and the art of the handover"},
    "es": {"job": ("{n} empleos nuevos de «intérprete de conferencias»", "Tu alerta de empleo de intérprete de conferencias en {city}"),
           "news": "¿Sustituirá la IA a los intérpretes en los congresos?", "group": "Conversaciones destacadas en Traductores e Intérpretes Hispanohablantes",
           "newsletter": "Desde la cabina: cómo preparar un congreso médico en 48 horas"},
    "fr": {"job": ("{n} nouvelles offres pour « interprète de conférence »", "Votre alerte emploi pour interprète de conférence à {city}"),
           "news": "L'interprétation à distance est-elle là pour rester ?", "group": "Meilleures discussions dans Interprètes et traducteurs de Suisse romande",
           "newsletter": "Carnet de cabine : les chiffres, ces ennemis intimes"},
    "de": {"job": ("{n} neue Jobs für „Konferenzdolmetscher“", "Ihr Jobalarm für Konferenzdolmetscher in {city}"),
           "news": "Ersetzt KI bald die Dolmetschkabine?", "group": "Top-Unterhaltungen in Dolmetschen & Übersetzen DACH",
           "newsletter": "Kabinengeflüster: Zahlen dolmetschen ohne Panik"},
    "it": {"job": ("{n} nuove offerte per «interprete di conferenza»", "Il tuo avviso di lavoro per interprete di conferenza a {city}"),
           "news": "L'intelligenza artificiale svuoterà le cabine?", "group": "Conversazioni principali in Interpreti e Traduttori Italia",
           "newsletter": "Diario di cabina: numeri, nomi propri e passaggi di consegne"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Lucía Etchegaray", "Intérprete de conferencias ES-EN-PT | Buenos Aires", "Buenos Aires",
  ("inv", "Hola Alex, me pasó tu contacto Marina, de la cabina de la OEA. La semana del 14 tengo un congreso de cardiología en Rosario "
          "y mi compañera de cabina se bajó. Son 3 días, tarifa plena, viáticos pagos. ¿Te interesaría? Te paso el programa si querés."),
  ("rem",))
P("good_invitation", "fr", "Véronique Aebischer", "Responsable formation continue | Groupement romand des interprètes", "Genève",
  ("inv", "Bonjour Alex, nous organisons le 23 mai à Genève un atelier gratuit sur la préparation terminologique des réunions santé, "
          "ouvert aux non-membres. Il compte pour 6 h de formation continue. Il reste quelques places, je serais ravie de vous y voir."))
P("good_invitation", "en", "Daniel Okonkwo-Reyes", "MA student, Conference Interpreting | Geneva", "Geneva",
  ("inv", "Hi Alex, I'm in the second year of my MA in conference interpreting and Spanish is my B. Could I ask you a couple of questions "
          "about how you built up your retour into Spanish? 20 minutes over coffee or a call, whatever suits. No worries if you're swamped."),
  ("rem",))
P("good_invitation", "es", "Marta Villalobos Sanz", "Project Manager | Congresos Iberia Meeting", "Madrid",
  ("inv", "Hola Alex: estamos montando el equipo de interpretación para un congreso europeo de oncología en IFEMA en octubre (ES<>EN y ES<>FR). "
          "Nos ha dado tu nombre Paloma Gil. ¿Tendrías disponibilidad del 7 al 9? Te paso condiciones por privado."))
P("good_invitation", "fr", "Thibaut Rochat", "Terminologue indépendant | FR-ES-EN", "Lausanne",
  ("inv", "Salut Alex, je viens de boucler un glossaire FR-ES-EN sur la gouvernance de l'eau (réunion de l'ONU à Douchanbé). "
          "Je le passe gratuitement aux collègues qui bossent sur le sujet, fichier Excel + sources. Je te l'envoie ?"))
P("good_invitation", "es", "Hannah Lindgren", "Staff interpreter, Spanish booth | Geneva", "Geneva",
  ("inv", "Hi Alex, we met briefly at the end-of-session drinks. I coordinate our (unpaid, very informal) mentoring scheme for freelancers "
          "new to Geneva, and your name came up as a possible mentor for the Spanish booth. Four sessions in spring. Would you be up for it?"),
  nl="en")
P("good_invitation", "fr", "Katrin Oberholzer", "Konferenzdolmetscherin DE-EN-FR | Zürich", "Zürich",
  ("inv", "Hallo Alex, ich stelle für ein Pharma-Symposium in Basel (Juni, 2 Tage) ein Team zusammen und suche noch jemanden für die "
          "spanische Kabine, Relais aus dem Französischen. Honorar nach Tarif, Reise wird bezahlt. Hätten Sie Zeit?"),
  ("rem",), nl="de")


# =============================================================== default_invitation
P("default_invitation", "es", "Gustavo Ferreyra", "Traductor público | Inglés | Córdoba", "Córdoba", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Nadine Chappuis", "Chargée de projets | Agence de traduction", "Fribourg", ("inv", NONOTE))
P("default_invitation", "en", "Ethan Walsh", "Localization Program Manager", "Dublin", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Priyanka Desai", "Account Executive | Verbalis RSI - remote simultaneous interpreting", "Singapore",
  ("inv", "Hi Alex, more clients now expect interpretation on tap for hybrid events. Verbalis lets freelancers resell RSI directly: "
          "we run the tech, you keep 85% of the fee. Could I walk you through the platform this week? 20 minutes is plenty."))
P("sales_invitation", "es", "Nicolás Bianchi", "Founder | GlosarIA - glosarios con IA para intérpretes", "Buenos Aires",
  ("inv", "Alex, ¿cuántas horas le dedicás a armar glosarios? Con GlosarIA subís las ponencias y en 3 minutos tenés el glosario en tres idiomas. "
          "Plan intérprete a USD 19/mes. ¿Te muestro una demo?"))
P("sales_invitation", "fr", "Sandrine Mottier", "Conseillère en prévoyance | indépendants et professions libérales", "Lausanne",
  ("inv", "Bonjour Alex, comme indépendant·e en Suisse, savez-vous où vous en êtes avec votre 2e pilier ? J'accompagne pas mal d'interprètes "
          "sur leur prévoyance. Je vous propose un bilan de 30 minutes, sans engagement."),
  ("rem",))
P("sales_invitation", "es", "Jorge Casals", "Director comercial | Traducciones Delta Express", "Barcelona",
  ("inv", "Buenos días, Alex. Somos una agencia con 400 traductores nativos y ofrecemos a profesionales autónomos externalizar sus picos "
          "de trabajo a tarifas muy competitivas. ¿Le envío nuestras tarifas 2025?"))
P("sales_invitation", "it", "Federico Pagani", "Sales Manager | BoothKit cabine e impianti per interpretariato", "Milano",
  ("inv", "Buongiorno Alex, noleggiamo cabine ISO e impianti a infrarossi per congressi in Svizzera e Nord Italia. Se segue anche la parte "
          "tecnica per i suoi clienti, le riserviamo prezzi da partner. Le mando il listino?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Florencia Agüero", "Intérprete y mentora | Comunidad Cabina Abierta", "Buenos Aires",
  ("inv", "Hola Alex! Armamos un grupo de intérpretes freelance de Buenos Aires y Madrid para compartir info de tarifas, clientes que no pagan "
          "y laburos. Es horizontal, sin jerarquías, nos juntamos online una vez por mes. ¿Te sumás?"),
  ("msg", "¡Qué bueno que te sumaste! Te cuento que además del grupo lanzamos el programa «Intérprete Rentable»: 8 semanas de mentoría para "
          "subir tarifas y conseguir clientes directos. Para los del grupo sale USD 390 en vez de 590. ¿Te reservo lugar? La cohorte arranca el lunes.", (3, 12)),
  ("msg", "Alex, último aviso: quedan 2 lugares a precio de miembro. Si querés lo pagás en 3 cuotas sin interés 😉", (4, 10)))
P("bait_and_switch_invitation", "fr", "Grégory Tissot", "Coordinateur interprétation | GenevaMeet Events", "Genève",
  ("inv", "Bonjour Alex, nous recrutons des interprètes ES/FR/EN pour le sommet d'une ONG à Genève du 3 au 5 avril (3 jours, 1 200 CHF/jour). "
          "Votre profil correspond. Acceptez l'invitation et je vous transmets le programme."),
  ("msg", "Merci Alex. Pour être confirmé·e sur la mission, chaque interprète doit être inscrit·e sur notre plateforme d'accréditation LinguaPass "
          "(frais d'inscription : 185 CHF, remboursés après la mission). Voici le lien de paiement, merci de régler sous 48 h pour garder votre place.", (2, 6)))
P("bait_and_switch_invitation", "en", "Marcus Bellamy", "Conference interpreter | Founder, Booth & Beyond", "Geneva",
  ("inv", "Alex, I run a small peer circle for interpreters working for the Geneva organisations. We compare notes on the new RSI rules and swap "
          "booth tips. No fees, just people who care about the craft. Fancy joining?"),
  ("msg", "Great to have you in! Quick one since you're freelance: I also advise interpreters on Swiss tax and pension planning, and most of us overpay "
          "by a few thousand francs a year. Shall we book 45 minutes next week? First session is CHF 150, deducted if you take the annual package.", (4, 15)))
P("bait_and_switch_invitation", "es", "Rocío Barrenechea", "Intérprete ES-EN | Glossary nerd", "Bilbao",
  ("inv", "Hola Alex, duda de colega: el mes que viene hago mi primera audiencia de arbitraje de inversiones y no sé cómo os organizáis con "
          "los documentos confidenciales en cabina. ¿Me dejas preguntarte un par de cosas?"),
  ("msg", "¡Gracias por aceptar! Antes de nada, te cuento a qué me dedico ahora: además de interpretar, distribuyo en España los auriculares "
          "SonoBooth, que protegen del choque acústico. Te puedo hacer un 15 % en el pack de cabina (349 €). ¿Te mando la ficha?", (2, 5)))
P("bait_and_switch_invitation", "it", "Alessia Pedrazzini", "Interprete di conferenza IT-ES-FR | Ticino", "Lugano",
  ("inv", "Ciao Alex, stiamo mettendo in piedi una rete di interpreti freelance tra Ticino, Ginevra e Milano per passarci gli incarichi "
          "quando siamo pieni. Nessuna quota, solo fiducia reciproca. Ti va di farne parte?"),
  ("msg", "Benvenuto/a! Per ricevere gli incarichi della rete serve l'abbonamento alla piattaforma di prenotazioni BookYourBooth, 29 CHF al mese "
          "(il primo è gratis). Ti mando il link per attivarlo?", (3, 9)),
  ("msg", "Alex, ti scrivo di nuovo perché senza abbonamento attivo non posso girarti l'incarico di Lugano di fine mese. Lo attiviamo oggi?", (5, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Richard Hallam", "Event Director | Hallam & Pryce Private Events", "Marbella",
  ("inm", "Interpreting assignment - Marbella, 3 days",
   "Dear Alex, I am organising a private negotiation between a British family office and an Argentine agribusiness group in Marbella, 18 to 20 June. "
   "We need an English/Spanish consecutive interpreter and your fee of EUR 2,700 for the three days is acceptable. Please confirm your availability "
   "and send your full name and postal address for the contract."),
  ("inm", "Re: Marbella - payment and equipment",
   "Thank you for confirming. Our client will post you a cheque for EUR 7,950 covering your fee and the portable interpreting kit, which must be "
   "bought from our approved supplier, Audiolink Rentals. Once the cheque is in your account, kindly transfer the EUR 5,250 balance to the supplier "
   "so the equipment ships in time. Their bank details are below.", (2, 6)))
P("bait_and_switch_inmail", "es", "Camila Roldán", "Investigadora | Maestría en Traducción e Interpretación", "Córdoba",
  ("inm", "Encuesta sobre fatiga en cabina",
   "Hola Alex, estoy haciendo una investigación sobre fatiga cognitiva en intérpretes que trabajan en remoto. ¿Me darías una mano respondiendo "
   "una encuesta de 10 minutos? Te comparto los resultados cuando los tenga."),
  ("inm", "Gracias + algo que te puede servir",
   "¡Mil gracias por responder! Te cuento que con dos colegas armamos CabinaZen, una app de pausas activas y control de volumen para RSI. "
   "Para quienes respondieron la encuesta hay 40 % off en el plan anual (USD 84). ¿Te paso el link de compra?"))
P("bait_and_switch_inmail", "fr", "Olivier Jaccard", "Président | Cercle des linguistes indépendants romands", "Neuchâtel",
  ("inm", "Apéro des linguistes - jeudi 12",
   "Bonjour Alex, le Cercle organise un apéro gratuit au bord du lac pour les traducteurs et interprètes indépendants de Suisse romande, "
   "jeudi 12 dès 18 h. Un simple moment d'échange, venez comme vous êtes. À tout bientôt peut-être !"),
  ("inm", "Votre fiche dans l'annuaire",
   "Merci d'être passé·e jeudi ! Comme évoqué, voici comment figurer dans l'annuaire du Cercle, que consultent les entreprises et les "
   "administrations : la fiche premium est à 290 CHF par an au lieu de 350. Je vous envoie la facture ?", (5, 14)))
P("bait_and_switch_inmail", "es", "Íñigo Larrañaga", "Consultor | Calidad lingüística y memorias de traducción", "Donostia",
  ("inm", "Consulta rápida de terminología",
   "Hola Alex, te escribo porque me han dicho que interpretas a menudo en ruedas de prensa de clubes. Estoy traduciendo un contrato de traspaso "
   "y dudo con «sell-on clause»: ¿tú dirías «cláusula de plusvalía» o «porcentaje de futura venta»? Gracias de antemano."),
  ("inm", "Sobre lo de la cláusula",
   "Gracias por contestar, me salvaste. Por cierto, en mi consultora limpiamos y unificamos memorias de traducción de autónomos: si me pasas "
   "tus TMX te preparo un presupuesto sin compromiso, solemos quitar un 30 % de incoherencias. ¿Te llamo el jueves?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Martín Scarpatti", "Traductor público e intérprete | Inglés", "Rosario",
  ("end",), ("end",),
  ("msg", "Che Alex, te validé {skill} y un par más, que bien merecidas las tenés. ¿Me devolvés la gentileza con Interpretación consecutiva "
          "y Traducción pública? Me estoy anotando en la lista de peritos del juzgado y me viene bárbaro. ¡Abrazo!"))
P("endorse_me_back", "en", "Sophie Delacroix-Hunt", "Freelance Translator FR/ES>EN | Medical & Pharma", "Brighton",
  ("end",),
  ("msg", "Hi Alex! Just endorsed you for {skill} :) If you have a sec, could you endorse me for Medical Translation and Proofreading? "
          "I'm polishing my profile before a big agency tender. Thanks a million x"))
P("endorse_me_back", "fr", "Amandine Grosjean", "Interprète FR-EN-DE | Berne", "Berne",
  ("end",), ("end",),
  ("msg", "Coucou Alex, j'ai validé ta compétence en {skill}, normal après la semaine qu'on a passée en cabine ! Tu pourrais valider les miennes "
          "en retour (Interprétation simultanée, Allemand) ? Merci d'avance, bises"))
P("endorse_me_back", "de", "Jonas Wälti", "Übersetzer und Dolmetscher DE-ES-EN | Bern", "Bern",
  ("end",),
  ("msg", "Grüezi Alex, ich habe dich für {skill} bestätigt. Würdest du mir im Gegenzug «Juristische Übersetzung» und «Spanisch» bestätigen? "
          "Ich bewerbe mich gerade als Gerichtsdolmetscher beim Obergericht, da zählt jede Kleinigkeit. Merci vielmal!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brandon Tate", "Vendor Manager | LinguaFlow Global (we're hiring!)", "Austin",
  ("inv", "Hi Alex, LinguaFlow is building a pool of Spanish/English interpreters for over-the-phone work. Flexible hours, $0.35/min. "
          "Accept and I'll send the onboarding link."),
  ("rem",),
  ("inm", "Really?",
   "Alex, I've reached out twice about paid work and you can't be bothered to click accept? This entitled attitude is exactly why "
   "agencies are moving to AI. Good luck finding clients with that ego."))
P("hostility_after_decline", "es", "Alberto Redondo Gil", "Gerente | Eventos Redondo", "Valencia",
  ("inv", "Buenas Alex, tengo un evento corporativo en Valencia y busco intérprete. Presupuesto ajustado pero mucha visibilidad. ¿Conectamos?"),
  ("inm", "Increíble",
   "Pues nada, veo que ni contestas. Para ser alguien que vive de comunicar, comunicas bien poco. Luego os quejáis de que no hay trabajo. "
   "Ya he encontrado a una chica que cobra la mitad y encima es simpática."))
P("hostility_after_decline", "fr", "Patrice Morand", "Directeur | Agence Lingua Léman", "Genève",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Votre silence",
   "Madame, Monsieur, je constate que vous n'avez pas jugé utile de répondre à ma demande. Dans un milieu aussi petit que celui de "
   "l'interprétation genevoise, ce genre de mépris se remarque et se retient. Je m'en souviendrai lors de nos prochains recrutements."))
P("hostility_after_decline", "es", "Tomás Iriarte", "Estudiante de Traductorado Público | Inglés", "Buenos Aires",
  ("inv", "Hola Alex! Soy estudiante de traductorado y me encantaría conectar con vos para preguntarte cómo arrancaste en cabina."),
  ("inm", "nada",
   "bueno, veo que no aceptás estudiantes. qué fácil es olvidarse de dónde uno viene. una lástima, pensé que eras otra clase de persona"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Gareth Pryor", "CEO | Polyglot Partners - interpreting for public services", "Manchester",
  ("msg", "Alex, we're building a roster of Spanish interpreters for remote NHS appointments. Guaranteed volume at £18/hour; you just need our "
          "£60 onboarding certification to start. Shall I send the payment link?"),
  ("msg", "Seriously, not even a 'no thanks'? I'm offering steady work while half your colleagues are begging for gigs. Don't come crying "
          "to me when the conferences dry up. Very unprofessional."))
P("hostility_connection", "es", "Valeria Montenegro", "Coach para traductores e intérpretes | Marca personal", "Montevideo",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Estuve mirando tu perfil y te falta posicionamiento. Con mi programa «Traductor Imán» (USD 650) vas a "
          "atraer clientes directos sin depender de agencias. ¿Agendamos una llamada de diagnóstico sin cargo?"),
  ("msg", "Bueno Alex, me dejaste en visto. Está bien, pero después no te quejes de las tarifas de las agencias. Con esa actitud "
          "de diva de cabina no vas a llegar muy lejos. Suerte."))
P("hostility_connection", "fr", "Laurent Pasquier", "Gérant | SubTitrage Express", "Lyon",
  ("msg", "Bonjour Alex, nous proposons aux traducteurs indépendants notre logiciel de sous-titrage SubLine : détection des plans, export "
          "tous formats, 39 € par mois. Je vous fais une démo de 15 minutes ?"),
  ("msg", "Petite relance : l'offre de lancement (3 mois à 19 €) se termine vendredi."),
  ("msg", "Vous avez lu mes deux messages, je vois les accusés de lecture. Un simple « non merci » aurait suffi. C'est d'une impolitesse rare, "
          "surtout de la part de quelqu'un dont le métier est de faire communiquer les gens."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Raquel Montoya", "Asesora fiscal para autónomos | Gestoría Montoya", "Madrid",
  ("msg", "Hola Alex, ¿sabías que si facturas a organismos internacionales puedes estar liquidando mal el IVA? En Gestoría Montoya llevamos "
          "a más de 80 traductores e intérpretes. Primera consulta gratis: ¿te va bien el martes?"),
  ("msg", "Alex, te recuerdo que el día 20 acaba el plazo del trimestre. Por 49 €/mes te llevamos el 303 y el 130 sin que tengas que "
          "pelearte con Hacienda. ¿Te mando el contrato?"))
P("connection_only_pitches", "en", "Kevin Marsh", "Business Development | SpeakEasy Hubs - RSI studios in Madrid & Geneva", "Madrid",
  ("msg", "Hey Alex, we've just opened an ISO-compliant RSI hub in Chamberí: 4 booths, sound engineer on site, great coffee. Freelancers can "
          "rent by the hour from €35. Want to drop by for a tour and hear about our packages?"),
  ("msg", "Following up - launch promo this month: 10 booth-hours for €290. Shall I pencil you in?"),
  ("msg", "Last nudge from me: the promo ends Friday, and Geneva opens in March with the same rates for early members."))
P("connection_only_pitches", "fr", "Caroline Berset", "Conseillère clientèle privée | indépendants et fonctionnaires internationaux", "Genève",
  ("msg", "Bonjour Alex, j'accompagne plusieurs interprètes des organisations internationales dans la gestion de leur épargne. "
          "Auriez-vous un moment pour un café ce mois-ci ?"),
  ("msg", "Je reviens vers vous avec notre nouveau mandat de gestion durable, accessible dès 50 000 CHF. Un rendez-vous de 30 minutes "
          "vous conviendrait-il ? Je peux me déplacer."),
  ("msg", "Dernière relance de ma part : j'ai un créneau jeudi à 8 h au Molard pour vous présenter le mandat. Bien à vous."))
P("connection_only_pitches", "es", "Diego Falcone", "Reseller oficial | Herramientas TAO para Latinoamérica", "Córdoba",
  ("msg", "Alex, ¿todo bien? Tenemos la licencia de Wordsmith Studio Pro con 35 % off hasta el viernes, facturamos en pesos o en dólares. "
          "¿Te paso cotización?"),
  ("msg", "Che, ¿viste lo del descuento? Si le sumás el módulo de QA te lo dejo en USD 520 final. Avisame y lo cerramos hoy."))


# =============================================================== single_pitch
P("single_pitch", "en", "Olivia Hartmann", "Growth Lead | DubVox - AI voice dubbing", "Berlin",
  ("msg", "Hi Alex - we're partnering with a handful of senior interpreters to resell AI dubbing to their corporate clients, 20% revenue share. "
          "With your client list in Geneva you'd be a great fit. Open to a quick call next week?"))
P("single_pitch", "fr", "Julien Favre", "Fondateur | Les Pas Perdus - coworking pour indépendants", "Genève",
  ("msg", "Salut Alex, on ouvre un coworking à deux pas de la place des Nations, pensé pour les indépendants des OI : casiers, cabine "
          "d'enregistrement, café à volonté. 320 CHF/mois, le premier offert si tu t'inscris avant le 30. Tu passes visiter ?"))
P("single_pitch", "es", "Paloma Ruiz de Azúa", "Directora | Escuela de Idiomas Orbe", "Sevilla",
  ("msg", "Hola Alex, ¿has pensado en añadir una lengua C? Nuestro intensivo de alemán para intérpretes (120 horas, grupos de 4) empieza en "
          "septiembre y a profesionales colegiados les hacemos un 20 %. ¿Te mando el programa y la matrícula?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Agustina Berardi", "Intérprete de conferencias ES-EN | Buenos Aires", "Buenos Aires",
  ("end",),
  ("msg", "Alex, ¿cómo va? Me ofrecieron una semana en la CEPAL en Santiago pero la tengo pisada con otra cosa. Les pasé tu nombre; la "
          "coordinadora es Inés y te escribe mañana. Pagan tarifa completa y pasaje. ¡Ojalá puedas!"),
  ("msg", "Te mandé por mail el glosario de la última sesión, por si te sirve para prepararte."))
P("connection_brings_value", "fr", "Benoît Kohler", "Chef d'équipe, cabine française | Genève", "Genève",
  ("msg", "Alex, pour info la session de novembre est repoussée d'une semaine, le nouveau calendrier est sur l'extranet. J'y ai aussi mis "
          "les documents de référence et le glossaire consolidé des trois dernières sessions, ça devrait faire gagner du temps à tout le monde."))
P("connection_brings_value", "en", "Rachel Abernathy", "Programmes Lead | Guild of Conference Linguists", "London",
  ("msg", "Dear Alex, a heads-up that our winter webinar series is open: six sessions on AI-assisted booth prep, free for everyone, "
          "recordings included, and each counts for 1.5 CPD points. The one on rendering figures under pressure might be right up your street."))
P("connection_brings_value", "es", "Nuria Castellví", "Intérprete jurada de inglés | Barcelona", "Barcelona",
  ("msg", "¡Hola Alex! Oye, te paso un encargo que no puedo coger: un juicio en la Audiencia de Barcelona, inglés-español, el 17 y el 18. "
          "Pagan bien y la abogada es majísima. Si te cuadra, te paso su contacto."),
  ("msg", "Ya le he dicho que te escriba ella. Y gracias por cubrirme lo del mes pasado, te debo una 😊"))
P("connection_brings_value", "de", "Ursula Brandenberger", "Leiterin Sprachdienst | Bundesverwaltung", "Bern",
  ("msg", "Guten Tag Alex, wir haben die Aufnahme in unsere Freelancer-Liste vereinfacht: ein kurzer Online-Test, keine Gebühren, keine "
          "Exklusivität. Mit Ihren Sprachen wären Sie für die Frühjahrssession sofort einsetzbar. Den Link schicke ich Ihnen gern per Mail."))


# =============================================================== stranger_inmail_recruiter (clients and organisers with real work)
P("stranger_inmail_recruiter", "en", "Amira Haddad", "Language Services Coordinator | International humanitarian organisation", "Geneva",
  ("inm", "Freelance interpreters - Spanish booth, March session",
   "Dear Alex, we are recruiting freelance interpreters for our Executive Board session (Geneva, 9 to 13 March), Spanish booth working "
   "from English and French. Daily rate as per the agreement with the interpreters' association, plus travel for non-local colleagues. "
   "If you are available, could you send me your CV and the days you can cover?"))
P("stranger_inmail_recruiter", "es", "Carlos Menéndez Pardo", "Socio | Menéndez Abogados", "Madrid",
  ("inm", "Traducción jurada de un laudo - presupuesto",
   "Buenos días, Alex. Necesitamos la traducción jurada al español de un laudo arbitral en inglés (unas 45 páginas) para un procedimiento "
   "de exequátur. ¿Podría indicarnos plazo y honorarios? Nos dio su nombre la colega Nuria Castellví. Un saludo cordial."))
P("stranger_inmail_recruiter", "fr", "Mélanie Rey", "Responsable événements | Fondation pour la recherche climatique", "Lausanne",
  ("inm", "Interprétation - colloque des 12 et 13 juin",
   "Bonjour, nous organisons à Lausanne un colloque international les 12 et 13 juin avec plusieurs intervenants d'Amérique latine, et "
   "cherchons deux interprètes ES<>FR. Seriez-vous disponible, et pourriez-vous nous faire parvenir une offre d'ici la fin du mois ?"))
P("stranger_inmail_recruiter", "es", "Federico Luna", "Head of Talent | Luna & Asociados, estudio de traducción", "Buenos Aires",
  ("inm", "Intérprete para auditoría en San Juan",
   "Hola Alex, en el estudio necesitamos intérprete inglés-español para la auditoría de una minera canadiense en San Juan: 5 días en "
   "agosto, consecutiva en planta y reuniones. Pagamos USD 450 por día más viáticos y seguro. ¿Te interesa? Te paso los detalles por acá."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Brooks", "Enterprise AE | Captionly - live AI captions", "San Francisco",
  ("inm", "Interpreters + AI captions",
   "Hi Alex, interpreters in Geneva are adding live AI captions as an upsell for their event clients. Captionly plugs into any RSI platform. "
   "Worth a 15-minute demo? I can show you the margins other freelancers are getting."))
P("stranger_inmail_sales", "fr", "Cédric Vuilleumier", "Directeur commercial | ProCabine SA", "Fribourg",
  ("inm", "Votre équipement de cabine",
   "Bonjour, ProCabine fournit micros, consoles et casques conformes ISO aux interprètes indépendants. Offre de rentrée : -20 % sur le casque Pro. "
   "Puis-je vous envoyer notre catalogue et vous rappeler dans la semaine ?"),
  ("inm", "Relance - offre de rentrée", "Bonjour, je me permets de relancer : l'offre se termine vendredi. Dix minutes au téléphone vous iraient ?"))
P("stranger_inmail_sales", "es", "Beatriz Lozano", "Key Account Manager | Traductia", "Madrid",
  ("inm", "Colaboración",
   "Hola Alex, en Traductia ofrecemos a intérpretes autónomos un servicio de captación de clientes: nosotros conseguimos los eventos y tú pagas "
   "solo un 18 % de comisión por encargo cerrado. ¿Te lo cuento en una llamada de 15 minutos?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Hugo Fairbairn", "Founder | TermBridge - glossaries for interpreters", "London",
  ("inv", "Alex, I've put together a free glossary pack for the UN Ocean Conference (EN/ES/FR, acronyms included). Happy to send it over, "
          "no strings. Sharing it with booth people whose work I respect."),
  ("msg", "Here's the Ocean pack as promised, link below. Hope it saves you a weekend of prep."),
  ("msg", "Hi Alex, glad the pack came in handy! It was built in TermBridge Pro, our glossary platform: 1,200 event glossaries, auto-updated, "
          "shareable with your booth partner. It's £199 a year, but I can do £149 if you sign up this week. Shall I send the link?", (6, 20)))
P("good_turns_ugly", "es", "Julieta Sosa", "Traductora e intérprete | Docente de interpretación", "La Plata",
  ("inv", "Hola Alex, el sábado 5 hago un taller gratuito y online de toma de notas para consecutiva, con discursos reales. ¿Te copa venir? "
          "También busco colegas con experiencia que quieran dar feedback a los más nuevos."),
  ("msg", "¡Gracias por venir al taller! Te paso la grabación y los discursos que usamos, por si querés practicar con tus alumnos."),
  ("end",),
  ("msg", "Alex, te validé {skill} 🙌 ¿me validás Interpretación consecutiva y Docencia? Me estoy postulando para dar clases en el "
          "profesorado y suma un montón."))
P("good_turns_ugly", "fr", "Frédéric Anken", "Interprète de conférence | Formateur RSI", "Genève",
  ("inv", "Bonjour Alex, je réunis quelques interprètes romands pour tester ensemble les nouvelles plateformes RSI et partager nos retours. "
          "Premier rendez-vous en ligne mardi soir, gratuit bien sûr."),
  ("msg", "Merci d'avoir participé mardi ! Voici le tableau comparatif des 6 plateformes testées, avec nos notes sur le son, la latence et le relais."),
  ("msg", "Alex, je lance une formation certifiante « Interprète RSI » en 4 modules (650 CHF). Comme tu fais partie du groupe de test, tu as "
          "droit à 20 % : je te réserve une place pour la session de septembre ?", (8, 25)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Samantha Rhodes", "Sales Director EMEA | Verbatim AI", "London",
  ("inm", "Cut your prep time in half",
   "Hi Alex, Verbatim AI transcribes and summarises speeches in 40 languages in real time, so you walk into the booth with the key terms "
   "already extracted. 14-day free trial, then €29/month. Can I book you in for a quick demo?"),
  ("inv", "Hi Alex, loved your comments about AI in the booth on the panel in Madrid. Would be great to stay connected!"))
P("reinvite_known_bad", "es", "Héctor Bermúdez", "Consultor | Formación para traductores", "Zaragoza",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, he visto que vas a estar en las jornadas de traducción de Valladolid. ¿Conectamos y nos tomamos un café allí?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Stéphane Girardet", "Traducteur technique ES>FR | Sous-traitance", "Lyon",
  ("inv", "Bonjour Alex, traducteur technique, je cherche des partenaires pour sous-traiter du volume ES>FR à prix négociés. Au plaisir."),
  ("inm", "Sans réponse",
   "Trois semaines sans réponse. Je vois, on se croit au-dessus des traducteurs « techniques » quand on fait de la cabine à Genève. "
   "Permettez-moi de vous dire que ce genre de snobisme est ridicule et que la profession mérite mieux."),
  ("inv", "Bonjour Alex, on repart sur de bonnes bases ? Je serais content de faire partie de votre réseau."))
P("reinvite_known_ugly", "en", "Dr. Amanda Whitlock", "Researcher in interpreting ethics | Author", "Bristol",
  ("inm", "Your expertise - a short study on interpreter ethics",
   "Dear Alex, I'm writing a chapter on ethical dilemmas faced by court and conference interpreters. Would you be willing to answer three "
   "short questions by email? Your answers would be anonymised."),
  ("inm", "Follow-up and an offer",
   "Thank you so much for your thoughtful answers! As a thank-you, participants can pre-order my online course 'Ethics for Interpreters' "
   "(12 CPD hours) at £240 instead of £320. Shall I reserve you a seat in the autumn cohort?"),
  ("inv", "Dear Alex, I'd be delighted to connect with a fellow language professional."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Ezequiel Paz", "Productor | Paz Producciones - eventos corporativos", "Buenos Aires",
  ("acc",),
  ("msg", "Gracias por la conexión, Alex. Aprovecho: alquilamos equipos de interpretación (cabinas, receptores y técnico) para eventos en "
          "CABA, con precio de amigo para intérpretes que nos recomienden a sus clientes. ¿Te paso la lista de precios?"))
P("user_invited_pitch_once", "fr", "Isabelle Monnier", "Conseillère | Assurances pour indépendants", "Lausanne",
  ("acc",),
  ("msg", "Merci pour la mise en relation, Alex ! Suite à notre échange au salon, je vous propose une assurance perte de gain pensée pour les "
          "interprètes (voix, audition). Je peux vous faire une offre personnalisée en 10 minutes au téléphone ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Neil Cartwright", "Director | Lexicon Localization Ltd", "Leeds",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. We handle overflow translation for busy freelancers: you keep the client relationship, we deliver "
          "under your name at €0.07 a word. Worth a chat?"),
  ("msg", "Hi Alex, just checking you saw my note. We've got capacity this month and can do a free 1,000-word test on your next job."))
P("user_invited_pitch_twice", "es", "Ainhoa Etxeberria", "Directora | Bidasoa Congresos", "Bilbao",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Este año en el encuentro de traducción e interpretación de Bilbao tenemos stands para autónomos desde "
          "450 €. Es una forma estupenda de darte a conocer entre agencias. ¿Te reservo uno?"),
  ("msg", "Alex, nos quedan los tres últimos stands y si lo cierras esta semana te incluimos una mención en la newsletter. ¿Lo reservamos?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Marina Lafuente", "Coordinadora de intérpretes | organismo regional americano", "Washington",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Como te dije en el cóctel, te agrego a nuestra lista de freelance para la Asamblea de junio. "
          "Te mando por correo el formulario de disponibilidad y el glosario de la última asamblea."))
P("user_invited_value", "fr", "Charlotte Ménétrey", "Interprète | Vice-présidente du Groupement romand des interprètes", "Lausanne",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis, voici le modèle de contrat que nous conseillons aux jeunes collègues et le barème "
          "indicatif de cette année. Et si tu veux venir à notre assemblée générale en mars, les non-membres sont les bienvenus."))
P("user_invited_value", "en", "Ben Achterberg", "Programme Officer | World Forum on Road Safety", "Geneva",
  ("acc",),
  ("msg", "Good to connect after the Lisbon meeting, Alex. As mentioned, we'll need a Spanish team for our ministerial in Madrid in November; "
          "I've passed your details to our consultant interpreter, who'll be in touch. I'm also attaching last year's verbatim records, "
          "they're public and may help with prep."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Pilar Arrieta Goñi", "Jefa de prensa | Cámara de Comercio Hispano-Suiza", "Madrid", ("acc",))
P("acceptance_only", "en", "Luke Henderson", "Conference Manager | Lakeside Conference Centre", "Geneva", ("acc",))
P("lone_endorsement", "fr", "Romain Dufaux", "Étudiant en interprétation de conférence | Genève", "Genève", ("end",))
P("lone_endorsement", "es", "Camilo Restrepo", "Traductor EN-ES | Subtitulado", "Medellín", ("end",))


# =============================================================== more voices
P("good_invitation", "es", "Sebastián Quiroga", "Presidente | Colegio de Traductores de Rosario", "Rosario",
  ("inv", "Estimado/a Alex: el Colegio organiza en agosto una jornada abierta y gratuita sobre interpretación judicial, con traducción "
          "simultánea para colegas de Uruguay y Chile. Nos encantaría contar con tu mirada en la mesa de cierre. ¿Podemos hablarlo?"))
P("bait_and_switch_inmail", "es", "Mariano Cicchetti", "Organizador | Encuentro Rioplatense de Intérpretes", "Montevideo",
  ("inm", "Invitación a exponer en Montevideo",
   "Hola Alex, desde la organización del Encuentro Rioplatense de Intérpretes queremos invitarte a dar una charla de 30 minutos sobre "
   "interpretación en organismos internacionales. Sería un lujo tenerte."),
  ("inm", "Detalles para expositores",
   "¡Qué alegría que te interese! Te paso los detalles: los expositores abonan la inscripción general con un 25 % de descuento (USD 180) "
   "y pueden sumar un espacio de stand para promocionar sus servicios por USD 250. ¿Te mando el link de pago?", (4, 12)))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Lucía Etchegaray", "lucia.etchegaray@cabinasur.example.ar", "Congreso de cardiología - Rosario",
     "Hola Alex,\n\nte mandé invitación por LinkedIn pero por las dudas te escribo también por acá: ¿estás libre la semana del 14? "
     "Te paso el programa apenas me confirmes.\n\nAbrazo,\nLucía", "es"),
    ("Events Desk", "bookings@harbourline-events.example", "Interpreting assignment - advance payment",
     "Dear Interpreter,\n\nWe found your profile on LinkedIn. Our client will send a cheque covering your fee and the equipment. "
     "Deposit it and wire the balance to our supplier within 24 hours.\n\nRegards", "en"),
    ("Groupement romand des interprètes", "info@gri.example.ch", "Programme de formation continue - printemps",
     "Chères et chers collègues,\n\nle programme de printemps est en ligne. Suivez-nous aussi sur LinkedIn pour les places de dernière minute.", "fr"),
    ("Menéndez Abogados", "secretaria@menendez-abogados.example.es", "Laudo - documentación",
     "Estimado/a Alex:\n\nsiguiendo el mensaje que le envió el Sr. Menéndez por LinkedIn, le adjuntamos el laudo y el poder. "
     "Quedamos a la espera de su presupuesto.\n\nUn saludo", "es"),
    ("Agenda Congresos", "noreply@agenda-congresos.example", "Recordatorio: Taller «LinkedIn para intérpretes autónomos»",
     "Te recordamos que el taller empieza el jueves a las 18:00 (hora de Madrid). Trae tu perfil de LinkedIn abierto.", "es"),
    ("Banque Léman Service", "service@banque-leman.example.ch", "Alerte sécurité : fausses missions sur LinkedIn",
     "Des escrocs proposent sur LinkedIn de fausses missions d'interprétation payées par chèque. Ne reversez jamais de différence à un tiers.", "fr"),
    ("Agustina Berardi", "agus.berardi@example.com.ar", "Glosario CEPAL",
     "Alex, te adjunto el glosario que te comenté por LinkedIn. Cualquier cosa me escribís.\n\nAgus", "es"),
    ("Owen Pritchard", "owen.pritchard@example.co.uk", "Fwd: I want to connect",
     "Alex, this chap sent me the same 'interpreting assignment in Marbella' on LinkedIn. Smells like the cheque scam. Watch out.\n\n"
     "---------- Forwarded message ----------\nFrom: Richard Hallam via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect", "en"),
    ("Kalender", "calendar@booth-scheduler.example", "Einladung: Kabinenbriefing Basel (Do 14:00)",
     "Kabinenbriefing Pharma-Symposium Basel. Organisatorin: Katrin Oberholzer. Unterlagen folgen per LinkedIn und E-Mail.", "de"),
]

# LinkedIn caps invitation notes at 300 characters.
for _p in PEOPLE:
    for _s in _p[-1]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev102. Generated by scripts/make_corpus_dev102.py (seed {SEED}); do not edit by hand.",
          "# Alex as a freelance conference interpreter and translator between Madrid, Buenos Aires and Geneva: colleagues, organisations, "
          "agencies, tool vendors, associations, clients, scammers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev102", SEED, PEOPLE, FOREIGN, spoofs=10, other=11, header=HEADER)
