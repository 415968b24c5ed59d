#!/usr/bin/env python3
"""Write mailbot's dev190 development corpus: tests/corpus/dev190/*.eml + expected.toml.

The angle: an ordinary two months (September and October 2025) of the user Alex as head of
engineering at Voyalia, a travel-tech scale-up in Lisbon. Alex writes mostly in English; the
Portuguese-speaking peers around them write in English or Spanish. Their LinkedIn world:
cloud, observability and FinOps vendors, offshore and nearshore dev shops, engineers and
bootcamp graduates applying for open roles, meetup and conference organisers (free slots,
CFPs), paid "CTO summit" seats dressed up as invitations, recruiters with real roles, peers
with questions, and a rude mobile agency after losing its contract. English, Spanish,
French, some German and Italian.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the job-alert titles, the headlines of
spoof-only names and PYMK suggestions, the pitches that spoofs carry, the date window and
the story gaps are swapped for this world in this process only (make_corpus.py itself is
not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev190.py              # writes tests/corpus/dev190
    python scripts/make_corpus_dev190.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20250917

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ travel-tech world (this process only)
SKILLS = {
    "en": ["Software Engineering", "Engineering Management", "Kubernetes", "Distributed Systems", "AWS", "Site Reliability Engineering"],
    "de": ["Softwareentwicklung", "Engineering Management", "Kubernetes", "Verteilte Systeme", "AWS"],
    "fr": ["Génie logiciel", "Management d'équipes techniques", "Kubernetes", "Systèmes distribués", "AWS"],
    "es": ["Ingeniería de software", "Gestión de equipos de ingeniería", "Kubernetes", "Sistemas distribuidos", "AWS"],
    "it": ["Ingegneria del software", "Engineering Management", "Kubernetes", "Sistemi distribuiti", "AWS"],
}
RHEAD = {"en": "Head of Engineering at Voyalia", "de": "Head of Engineering bei Voyalia", "fr": "Head of Engineering chez Voyalia",
         "es": "Head of Engineering en Voyalia", "it": "Head of Engineering presso Voyalia"}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEAD[_l]
mc.JOBS[:] = [("VP of Engineering", "Tripwell"), ("Engineering Director, Platform", "Farebird"), ("Head of Engineering (m/w/d)", "Reisewerk GmbH"),
              ("Director de Ingeniería", "Rutaviva"), ("CTO", "Staylio")]
mc.COMPANIES["good"] = ["Voyalia", "Farebird", "Tripwell", "Lisbon JVM Meetup", "Staylio", "Rutaviva", "Porto Tech Hub", "Tagus Pay"]
mc.COMPANIES["sales"] = ["Nimbly Cloud", "TraceHound", "CodeBridge Offshore", "DevNest Labs", "CTO Leaders Summit", "StreamForge", "FinOpsly"]
mc.HEADLINES["good"] = ["Staff Engineer at {co}", "Engineering Manager | {co}", "Platform Lead at {co}", "Organiser, {co}", "SRE at {co}",
                        "Backend Developer | {co}"]
mc.HEADLINES["sales"] = ["Account Executive EMEA | {co}", "Business Development Manager at {co}", "Founder & CEO at {co}",
                         "Helping travel companies ship faster | {co}", "Partnerships Director | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your AWS support case was escalated. Sign in to review the engineer's notes before Friday.",
           "Hello {first}, I've shared the contract for the new dev squad with you. Please log in to sign it today."],
    "de": ["Hallo {first}, Ihre Rechnung für die Cloud-Nutzung ist überfällig. Bitte melden Sie sich an, um sie einzusehen.",
           "Hallo {first}, ich habe Ihnen das Angebot für das Offshore-Team freigegeben. Bitte hier anmelden."],
    "fr": ["Bonjour {first}, votre place au sommet des CTO expire ce soir. Connectez-vous pour confirmer le paiement.",
           "Bonjour {first}, je vous ai partagé le devis pour l'équipe de développement. Connectez-vous pour le consulter."],
    "es": ["Hola {first}, tu cuenta de observabilidad será suspendida. Inicia sesión para actualizar los datos de pago.",
           "Hola {first}, te he compartido la propuesta del equipo nearshore. Inicia sesión para verla."],
    "it": ["Ciao {first}, il tuo posto al summit dei CTO scade oggi. Accedi per confermare il pagamento.",
           "Ciao {first}, ti ho condiviso il preventivo del team offshore. Accedi per leggerlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": dict(job=("{n} new jobs for \"head of engineering\"", "Your job alert for head of engineering in {city}"),
               news="Are travel companies over-hiring engineers again?", group="Top conversations in Engineering Leaders Europe",
               newsletter="The Platform Letter: paging less, sleeping more"),
    "de": dict(job=("{n} neue Jobs für „Head of Engineering“", "Ihr Jobalarm für Head of Engineering in {city}"),
               news="Kehrt die Reisebranche zurück ins Büro?", group="Top-Unterhaltungen in Engineering Leadership DACH",
               newsletter="Plattform-Notizen: weniger Alarme, mehr Schlaf"),
    "fr": dict(job=("{n} nouvelles offres pour « directeur technique »", "Votre alerte emploi pour directeur technique à {city}"),
               news="Le voyage en ligne recrute-t-il à nouveau ?", group="Meilleures discussions dans Leaders Tech France",
               newsletter="La lettre plateforme : moins d'astreintes, plus de sommeil"),
    "es": dict(job=("{n} empleos nuevos de «director de ingeniería»", "Tu alerta de empleo de director de ingeniería en {city}"),
               news="¿Vuelve la contratación de ingenieros al sector turístico?", group="Conversaciones destacadas en Líderes de Ingeniería",
               newsletter="La carta de plataforma: menos guardias, más sueño"),
    "it": dict(job=("{n} nuove offerte per «head of engineering»", "Il tuo avviso di lavoro per head of engineering a {city}"),
               news="Il turismo digitale torna ad assumere sviluppatori?", group="Conversazioni principali in Engineering Leaders Italia",
               newsletter="La lettera della piattaforma: meno reperibilità, più sonno"),
})

# two months of 2025: every story starts between 1 September and 10 October; gaps are short
_LO, _HI = datetime(2025, 9, 1, 7, tzinfo=timezone.utc), datetime(2025, 10, 10, 20, tzinfo=timezone.utc)


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, int((_HI - _LO).total_seconds())))


mc.Gen.start_date = _start_date
cs.GAPS.update({"rem": (4, 10), "end": (1, 8), "msg": (2, 10), "inm": (3, 10), "inv": (18, 30)})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
ERAS: dict[str, str] = {}


# =============================================================== good_invitation
P("good_invitation", "en", "Joana Pereira", "Backend Engineer at Tagus Pay | Organiser, Lisbon JVM Meetup", "Lisbon",
  ("inv", "Hi Alex! I co-run the Lisbon JVM meetup (free, ~80 people, pizza's on the host). Saw your team's post on moving pricing to coroutines - "
          "would you or one of your engineers take a 20-min slot at the November session?"),
  ("rem",))
P("good_invitation", "en", "Rodrigo Azevedo", "Staff Engineer, Payments | Rutaviva", "Madrid",
  ("inv", "Hola Alex, soy Rodrigo, portugués pero llevo años en Madrid. Monté un grupo de lectura de SRE: un capítulo por semana, online, gratis. "
          "Somos seis jefes de ingeniería de travel y fintech y nos falta alguien de Lisboa. ¿Te apuntas?"), nl="es")
P("good_invitation", "en", "Miguel Santos", "Junior Backend Developer | Le Wagon Lisbon batch #1712", "Lisbon",
  ("inv", "Hi Alex, I finished the Le Wagon bootcamp in July (final project was a fare-alert bot for Azores routes). Just applied to the Junior Backend "
          "opening at Voyalia - connecting in case it helps to put a face to the CV. Repo's on my profile."))
P("good_invitation", "fr", "Camille Rousset", "Ingénieure SRE | Kubernetes, Terraform", "Lyon",
  ("inv", "Bonjour Alex, je suis SRE à Lyon et je m'installe à Lisbonne en janvier. J'ai postulé hier à votre offre Senior SRE. "
          "Si c'est plus simple, je peux aussi vous transmettre mon CV ici et répondre à vos questions sur mon parcours."),
  ("rem",))
P("good_invitation", "en", "Ana Luísa Freitas", "Programme Committee, Porto Platform Day | Engineering Manager at Staylio", "Porto",
  ("inv", "Hi Alex, I'm on the programme committee for Porto Platform Day (community run, free, 14 Nov). CFP closes Friday and your multi-region "
          "booking rollout would make a great talk. Happy to look over an abstract if you want a second pair of eyes."),
  ("rem",))
P("good_invitation", "es", "Lucía Navarro", "Head of Platform | agencia de viajes online", "Valencia",
  ("inv", "Hola Alex, llevo plataforma en una OTA de Valencia y nos estamos peleando con los límites de peticiones de los GDS. Vi tu charla en Codemotion: "
          "¿puedo hacerte una pregunta concreta sobre cómo cacheáis la disponibilidad?"))
P("good_invitation", "de", "Jonas Berger", "Engineering Manager | Reisewerk GmbH", "Berlin",
  ("inv", "Hallo Alex, ein paar Engineering Leads aus Reise-Startups tauschen bei uns einmal im Monat Postmortems aus, ganz offen, Chatham House, "
          "kostet nichts. Ich hab deinen Vortrag zu Buchungs-Retries gesehen und fände es super, wenn du dazukommst."))

# =============================================================== default_invitation
P("default_invitation", "en", "Kevin Ashworth", "Solutions Architect | Cloud | Data", "Dublin", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Héctor Rubio", "Consultor IT | Transformación digital", "Sevilla", ("inv", DEFAULT))
P("default_invitation", "en", "Priya Raman", "Talent Acquisition | Tech", "Bengaluru", ("inv", NONOTE))
P("default_invitation", "it", "Davide Moretti", "IT Manager | Turismo", "Verona", ("inv", DEFAULT), ("rem",))

# =============================================================== sales_invitation
P("sales_invitation", "en", "Rahul Mehta", "VP Sales | CodeBridge Offshore - travel & hospitality engineering", "Pune",
  ("inv", "Hi Alex, we're 300 engineers in Pune building booking engines (GDS, NDC, payments) for travel brands. Squads ready in 2 weeks at $28/hr. "
          "Open to 15 min so I can show how we'd take some backlog off your plate?"))
P("sales_invitation", "en", "Kateryna Bondar", "Head of Partnerships | DevNest Labs (Kyiv · Kraków)", "Kraków",
  ("inv", "Alex, hiring seniors in Lisbon must be painful right now :) We run dedicated nearshore squads for travel platforms. "
          "Can I send you 3 CVs of senior React devs who are free from October?"),
  ("rem",))
P("sales_invitation", "es", "Diego Ferreyra", "Account Executive Iberia | TraceHound Observability", "Madrid",
  ("inv", "Hola Alex, ¿cuánto os cuesta Datadog este año? Estamos migrando equipos como el tuyo a TraceHound con un 40% menos de factura "
          "y sin perder trazas. ¿Te enseño una demo de 20 minutos?"))
P("sales_invitation", "fr", "Julien Carrière", "Directeur des partenariats | CTO Leaders Summit Paris", "Paris",
  ("inv", "Bonjour Alex, votre profil a été retenu pour le CTO Leaders Summit Paris en novembre. Places VIP limitées à 40 : 2 450 € HT, "
          "dîner privé et rencontres 1:1 inclus. Je vous bloque un siège ?"),
  ("rem",))
P("sales_invitation", "en", "Brandon Kessler", "Founder | FinOpsly - we cut your AWS bill or you don't pay", "Austin",
  ("inv", "Hey Alex - noticed you're hiring SREs, usually a sign the cloud bill is growing too. Most travel companies overspend on AWS by 30%+. "
          "We audit on a share-of-savings basis. Worth a quick chat next week?"))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Nuno Calado", "Founder, Lisbon Engineering Leaders Circle", "Lisbon",
  ("inv", "Alex, I host a small dinner for heads of engineering in Lisbon - ten people, once a month, no vendors in the room, just war stories. "
          "Would love to have you at the next one."),
  ("msg", "Great to have you! Quick note on how the circle works: membership is €1,900 a year, which also covers my 1:1 leadership coaching "
          "programme. Shall I send the sign-up link so we can lock your seat for October?", (2, 6)),
  ("msg", "Hey Alex, only two seats left at the October dinner. Early-bird price on the membership ends Sunday - want me to hold one for you?", (5, 9)))
P("bait_and_switch_invitation", "en", "Beatriz Lobo", "Community lead | Líderes Tech en Turismo", "São Paulo",
  ("inv", "Hola Alex, estamos armando una comunidad de líderes técnicos del sector turismo en la península e Latinoamérica. Compartimos benchmarks "
          "de equipos y plantillas de carrera, todo abierto. ¿Te sumas?"),
  ("msg", "¡Gracias por conectar! Te cuento: además de la comunidad, desde mi consultora hacemos evaluaciones de madurez DevOps para equipos de "
          "más de 50 ingenieros. Para miembros sale a 8.500 € en vez de 12.000. ¿Agendamos una llamada esta semana?"), nl="es")
P("bait_and_switch_invitation", "de", "Kai Neumann", "Co-Founder | PagerPilot", "Hamburg",
  ("inv", "Hallo Alex, kurze Frage unter Kollegen: Wie habt ihr On-Call zwischen Lissabon und euren Remote-Leuten in anderen Zeitzonen geregelt? "
          "Wir stehen gerade genau davor und drehen uns im Kreis."),
  ("msg", "Danke fürs Vernetzen! Ehrlich gesagt: Genau dieses Problem löst unser Tool PagerPilot, Rotationen über Zeitzonen hinweg automatisch. "
          "14 Tage gratis, danach 19 € pro User. Soll ich deinem Team einen Zugang anlegen?"),
  ("msg", "Hi Alex, kurzer Nachtrag: Bis Monatsende gibt's 25 % auf die Jahreslizenz. Passt dir ein Call am Donnerstag?", (4, 8)))
P("bait_and_switch_invitation", "en", "Harriet Cole", "Director | Scalepath Talent", "London",
  ("inv", "Hi Alex - we've just published a free 40-page guide on growing engineering orgs from 50 to 200, built from interviews with 30 VPs. "
          "Happy to send you a copy, no strings attached."),
  ("msg", "Hope the guide's been useful! The real reason I reached out: we run engineering hiring for scale-ups like Voyalia - 18% fee, "
          "90-day replacement guarantee. Could I take a look at your open roles and send a proposal?"))
P("bait_and_switch_invitation", "it", "Federico Galli", "Founder | Travel Tech Roundtable Milano", "Milano",
  ("inv", "Ciao Alex, a ottobre organizzo a Milano una tavola rotonda a porte chiuse tra CTO del turismo digitale. Invito personale, "
          "niente sponsor, solo confronto tra pari. Ti andrebbe di esserci?"),
  ("msg", "Grazie del collegamento! Per confermare la tua partecipazione serve il pass executive del CTO Travel Summit: 1.800 € + IVA, include cena "
          "e una sessione 1:1 con i nostri partner tecnologici. Ti giro il link per il pagamento?", (3, 8)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Simon Okafor", "Solutions Engineer | StreamForge", "Amsterdam",
  ("inm", "Question about replaying booking events", "Hi Alex, caught your talk on event sourcing for bookings. How do you handle replays when a "
          "supplier sends duplicate confirmations? We've hit the exact same wall and I'd love to hear how you reasoned about it."),
  ("inm", "Re: Question about replaying booking events", "Thanks so much for the detailed answer! Full disclosure, I'm at StreamForge - we built "
          "managed Kafka with exactly-once replay for this problem. Could we book a 30-minute technical demo with your platform lead next week?"))
P("bait_and_switch_inmail", "en", "Mariana Teixeira", "Head of Content | Travel Tech Forum Madrid", "Madrid",
  ("inm", "Panel: IA en reservas – Travel Tech Forum", "Hola Alex, estamos preparando un panel sobre IA aplicada a reservas para el Travel Tech Forum "
          "de noviembre y nos encantaría contar contigo como ponente. Serían 40 minutos con otros dos CTO. ¿Te interesa?"),
  ("inm", "Tu participación en el panel", "¡Qué bien que te interese! Para confirmar tu lugar como panelista, el paquete de ponente cuesta 2.900 € "
          "(incluye stand pequeño y tu logo en la web). Te mando la factura proforma hoy mismo si me confirmas."), nl="es")
P("bait_and_switch_inmail", "fr", "Mathilde Roche", "Responsable études | TalentScope", "Bordeaux",
  ("inm", "Étude salaires ingénieurs – Lisbonne", "Bonjour Alex, nous menons une étude gratuite sur les salaires des ingénieurs dans les scale-ups "
          "de Lisbonne et Porto. Les participants reçoivent le rapport complet. Puis-je vous poser cinq questions ?"),
  ("inm", "Suite à l'étude", "Merci pour vos réponses ! Vos fourchettes sont sous le marché pour les profils SRE, d'où vos difficultés. "
          "Notre cabinet peut prendre en charge vos trois recrutements ouverts, honoraires de 20 %. On fixe un appel ?"))

# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Vikram Rao", "DevOps Consultant | Kubernetes · Go · AWS", "Hyderabad",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} 🙌 Could you endorse me back for Kubernetes and Go? Updating my profile for a contract search, "
          "every bit helps."))
P("endorse_me_back", "en", "Paulo Rocha", "Cloud Engineer | AWS Certified", "Braga",
  ("end",),
  ("msg", "Alex, te validé {skill}. ¿Me devuelves el favor con Terraform y AWS? Estoy cerrando la certificación y me ayuda mucho. Abrazo!"), nl="es")
P("endorse_me_back", "it", "Giorgio Pellegrini", "Agile Coach freelance", "Bologna",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho lasciato un paio di conferme ({skill} tra le altre). Se ti va di ricambiare su Scrum e Agile Coaching te ne sarei grato, "
          "sto cercando nuovi clienti e le conferme di un head of engineering pesano."))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Derek Shaw", "Sales Director | CodeBridge Offshore", "Leeds",
  ("inv", "Alex, we build and run booking platforms for mid-size travel brands at a third of EU cost. Ten minutes next week?"),
  ("rem",),
  ("inm", "Noted", "Alex, sitting on a connection request for three weeks is a choice. Guess Lisbon 'scale-ups' are too busy to treat vendors like "
          "human beings. Good luck when your in-house team misses another release."))
P("hostility_after_decline", "es", "Carlos Duarte", "Desarrollador junior | Bootcamp Full Stack", "Lisboa",
  ("inv", "Hola Alex, soy desarrollador junior y me encantaría entrar en Voyalia. ¿Me aceptas?"),
  ("inm", "ok", "vaya, ni un 'no gracias'. mucho post sobre cultura de ingeniería y luego ignoras a los juniors que te escribimos. qué hipocresía."))
P("hostility_after_decline", "fr", "Grégory Lambert", "Business Developer | Sommet des Directeurs Techniques", "Lille",
  ("inv", "Bonjour Alex, je complète la liste des invités de notre sommet des DSI et CTO. Un échange rapide ?"),
  ("inm", "Sans nouvelles", "Je constate votre silence. Franchement, c'est un manque de professionnalisme assez étonnant pour quelqu'un de votre "
          "niveau. Dans notre milieu, on répond, même pour dire non."))
P("hostility_after_decline", "de", "Uwe Brandt", "Geschäftsführer | IT-Personaldienstleistungen", "Köln",
  ("inv", NONOTE), ("rem",),
  ("inm", "Keine Antwort?", "Sie halten es offenbar nicht für nötig, auf Anfragen zu reagieren. Typische Start-up-Arroganz. "
          "Wundern Sie sich nicht, wenn Ihnen später keiner hilft."))

# =============================================================== hostility_connection
P("hostility_connection", "en", "Gavin Hurst", "Managing Director | Brightpixel Mobile Agency", "Manchester",
  ("msg", "Alex, saw the note from your procurement team. After 18 months building your app you're taking it in-house? "
          "At least give us a call about a maintenance retainer, we can do it for £6k a month."),
  ("msg", "Honestly, this is a disgraceful way to treat a partner. Your team couldn't have shipped half of that app without us and you know it. "
          "Don't expect us to pick up the phone when it falls over at peak season.", (2, 5)))
P("hostility_connection", "en", "Sérgio Antunes", "Partner | Atlântico Dev House", "Porto",
  ("msg", "Olá Alex! We have a senior Flutter squad finishing a project next month. Could take your mobile backlog at €45/h, no lock-in."),
  ("msg", "Hi Alex, following up on the Flutter squad - still available, can start 1 October."),
  ("msg", "Two messages and not even a 'no thanks'. For someone who posts about respectful engineering culture, that's pretty rich. "
          "I'll remember it."))
P("hostility_connection", "es", "Ignacio Paredes", "Director comercial | Nubeluz Cloud Partners", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Somos partner AWS en Iberia: migraciones, reservas de capacidad y soporte 24/7. ¿Vemos tu cuenta juntos?"),
  ("msg", "¿En serio? Me invitaste tú a conectar en el evento y ahora ni contestas. Muy poco profesional, la verdad. Así os va."))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Megan Doyle", "Enterprise AE | TraceHound", "Dublin",
  ("msg", "Hi Alex, quick one: TraceHound just shipped session replay tied to backend traces, great for checkout funnels. 20 min demo this week?"),
  ("msg", "Hey Alex, bumping this. We're offering travel companies 3 months free on the Pro tier if they sign before Q4. Shall I send the order form?"))
P("connection_only_pitches", "en", "Arjun Nair", "Delivery Head | Zenith Softlabs", "Chennai",
  ("msg", "Dear Alex, greetings! We are providing dedicated Java and Angular developers for travel domain at very competitive rates. Kindly share requirement."),
  ("msg", "Dear Alex, hope you are doing well. Please find our company profile. We can start with 2 resources on trial basis."),
  ("msg", "Dear Alex, gentle reminder on below. Kindly let me know suitable time for call."))
P("connection_only_pitches", "fr", "Lucas Perrin", "Ingénieur d'affaires | Nimbly Cloud", "Nantes",
  ("msg", "Bonjour Alex, nous accompagnons les acteurs du voyage sur leur infogérance Kubernetes. Je vous propose un audit de votre cluster, "
          "en amont d'une proposition de run managé. Disponible jeudi ?"),
  ("msg", "Re-bonjour Alex, je reviens vers vous pour l'audit. Nous avons une offre de lancement à -30 % jusqu'à fin octobre."))
P("connection_only_pitches", "de", "Tobias Wendt", "Head of Delegate Relations | CTO Leaders Summit", "München",
  ("msg", "Hallo Alex, für den CTO Leaders Summit in München haben wir noch drei Delegiertenplätze für Tech-Leads aus dem Reisesektor: 1.950 € statt 2.600 €."),
  ("msg", "Hi Alex, letzte Chance: Die Plätze zum Vorzugspreis laufen Freitag aus. Soll ich einen für dich reservieren?"))

# =============================================================== single_pitch
P("single_pitch", "en", "Chloe Barrett", "Co-founder | Checkout Crafters", "Bristol",
  ("msg", "Alex, congrats on the Series B! We're a small agency specialising in travel checkout flows - if you need extra hands for the Q1 roadmap, "
          "happy to send over our rate card and a couple of case studies."))
P("single_pitch", "it", "Stefano Villa", "Business Unit Manager | QualityFirst Testing", "Torino",
  ("msg", "Ciao Alex, vedo che state crescendo parecchio. Facciamo test automatici e manuali in outsourcing per app di viaggio, "
          "pacchetti da 200 ore. Ti va se ti mando un'offerta?"))
P("single_pitch", "es", "Irene Salgado", "Territory Manager | Vaultline Security", "Barcelona",
  ("msg", "Hola Alex, con la temporada alta encima, ¿tenéis cubiertos los secretos en los pipelines de CI? Vaultline lo resuelve en una tarde. "
          "¿Te reservo una demo?"))

# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Tiago Mendes", "Engineering Manager | Farebird", "Lisbon",
  ("msg", "Alex, as promised after the meetup: here's our postmortem template and the blameless review checklist we use, link in the doc. "
          "Steal whatever's useful. Also, Inês from our data team is looking to move and asked about Voyalia - want an intro?"),
  ("msg", "Intro sent over email, she's great. Coffee at LX Factory next week?"))
P("connection_brings_value", "en", "Fernanda Lima", "Tech Recruiter (in-house) | Tripwell", "Rio de Janeiro",
  ("msg", "Oi Alex! Tengo una candidata muy buena para SRE que no encaja en Tripwell por la zona horaria, pero se muda a Lisboa. "
          "¿Te paso su CV? Sin ningún interés, solo me parece que encaja contigo."), nl="es")
P("connection_brings_value", "fr", "Hélène Marchand", "Organisatrice | DevOps Days Lille", "Lille",
  ("end",),
  ("msg", "Salut Alex, on a deux places orateur gratuites (billet et hôtel pris en charge) pour DevOps Days en décembre et ton retour d'expérience "
          "sur la migration multi-région collerait parfaitement. Tu es partant ? Le CFP ferme le 20."))
P("connection_brings_value", "en", "Ruth Okonkwo", "Principal Engineer | Staylio", "London",
  ("msg", "Hey Alex, we open-sourced the Terraform module we use for per-region blast-radius limits - your team asked about it at QCon. "
          "Repo's public now, MIT licence. Happy to jump on a call with your SREs if they want a walkthrough."))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Emma Whitaker", "Executive Recruiter, Technology | Halden Search", "London",
  ("inm", "VP Engineering - travel marketplace, London/remote", "Hi Alex, I'm working with a Series D travel marketplace on their VP Engineering hire "
          "(120 engineers, reporting to the CTO, hybrid London or remote in Europe). Your background scaling booking platforms is very close to the brief. "
          "Open to a confidential chat?"))
P("stranger_inmail_recruiter", "de", "Sabine Roth", "Senior Consultant IT-Führungskräfte | Roth & Partner", "München",
  ("inm", "CTO-Position, Reiseplattform München", "Hallo Alex, für eine profitable Reiseplattform in München suche ich einen CTO (70 Entwickler, "
          "Festanstellung, Beteiligung). Ihr Profil passt sehr gut. Hätten Sie in den nächsten Tagen 20 Minuten für ein vertrauliches Gespräch?"))
P("stranger_inmail_recruiter", "es", "Javier Ortega", "Talent Partner | Rutaviva", "Barcelona",
  ("inm", "Head of Platform en Rutaviva", "Hola Alex, soy el talent partner de Rutaviva. Buscamos Head of Platform en Barcelona (equipo de 25, "
          "Kubernetes y GCP, salario 110-130k). Me encantaría contarte el rol si te puede interesar."))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Brooks", "Account Executive | Nimbly Cloud", "Boston",
  ("inm", "Cutting Voyalia's Kubernetes spend", "Hi Alex, teams like yours save 35% on EKS with Nimbly's autoscaler. Can I get 15 minutes to show you?"),
  ("inm", "Following up", "Hi Alex, circling back in case this got buried. Happy to run a free cost scan as a starting point for a proposal."))
P("stranger_inmail_sales", "en", "Nikhil Sharma", "Business Development | Zenith Softlabs", "Noida",
  ("inm", "Dedicated developers for Voyalia", "Hello Alex, we provide pre-vetted Node.js and React developers from $22/hour. Free 2-week trial. "
          "Shall we schedule a call?"))
P("stranger_inmail_sales", "fr", "Sandrine Petit", "Chargée de délégation | Paris CTO Forum", "Paris",
  ("inm", "Votre place au Paris CTO Forum", "Bonjour Alex, il nous reste quelques places délégué pour l'édition de décembre : 1 690 € HT, "
          "accès aux keynotes et au dîner des speakers. Souhaitez-vous que je vous en réserve une ?"))
P("stranger_inmail_sales", "it", "Luca Romano", "Sales Engineer | CloudOps Italia", "Roma",
  ("inm", "Migrazione su GCP per Voyalia", "Buongiorno Alex, aiutiamo le aziende del travel a migrare su Google Cloud con crediti fino a 100k. "
          "Posso presentarle la nostra proposta in una call di mezz'ora?"),
  ("inm", "Re: Migrazione su GCP", "Buongiorno, le riscrivo perché i crediti promozionali scadono a fine trimestre. Ha un momento giovedì?"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Duarte Vieira", "Performance Engineer | k6 contributor", "Coimbra",
  ("inv", "Hi Alex, I maintain a set of open-source k6 scenarios for booking flows (search, hold, pay). Saw you're load-testing before peak - "
          "happy to share them, they're free."),
  ("msg", "Here you go: the repo with the scenarios and a README on tuning them for GDS latency. Shout if anything breaks."),
  ("msg", "Glad the scripts helped! By the way, I've set up my own consultancy: I can run your full pre-peak performance programme, "
          "€950/day, 10-day minimum. Want a proposal?", (4, 9)))
P("good_turns_ugly", "es", "Marta Gil", "Organizadora | Madrid Go Meetup", "Madrid",
  ("inv", "Hola Alex, organizo el meetup de Go en Madrid (gratuito, unas 60 personas). ¿Te animarías a contar cómo migrasteis el motor de tarifas? "
          "Cubrimos el viaje desde Lisboa."),
  ("msg", "¡Genial que te animes! Te paso fecha (23 de octubre), sala y formato: 30 min + preguntas. Cualquier duda me dices."),
  ("end",),
  ("msg", "Alex, te he validado {skill}. ¿Me harías el favor de validarme Go y Liderazgo de comunidades? Estoy buscando trabajo y me vendría genial."))
P("good_turns_ugly", "en", "Ricardo Moura", "Career Coach | Ex-bootcamp Head of Outcomes", "Lisbon",
  ("inv", "Hi Alex, I mentor career changers into their first dev job, for free, on weekends. Would you ever answer 3 questions from them "
          "about what a hiring manager actually looks for? Would mean a lot to them."),
  ("msg", "Thanks again for answering my mentees - I put your answers (anonymised) in a short PDF, attached, free to share with your own juniors."),
  ("msg", "Alex, one more thing: my new hiring programme places bootcamp grads with partner companies. €3,000 per hire, and partners get first pick. "
          "Shall I add Voyalia?", (5, 10)))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Ravi Kumar", "Client Partner | CodeBridge Offshore", "Pune",
  ("inm", "Offshore booking engine team", "Hi Alex, we can take over maintenance of your booking engine with a 6-person team in Pune. "
          "Could we set up a short call to walk you through pricing?"),
  ("inv", "Hi Alex, always happy to connect with engineering leaders in travel. Would be great to have you in my network."))
P("reinvite_known_bad", "fr", "Nicolas Faure", "Consultant cloud | Freelance", "Bordeaux",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, on s'est croisés à la conférence DevOps REX à Paris. Ravi de garder le contact !"))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Jason Pratt", "Growth Partner | ShipFast Agency", "Miami",
  ("inv", "Alex - we help travel startups ship MVPs in 6 weeks. Quick call?"),
  ("inm", "Wow", "Alex, no reply at all? I've been in this industry 15 years and never seen a 'leader' this rude. Hope your team treats people better than you do."),
  ("inv", "Hey Alex, new quarter, fresh start? Would be good to connect properly."))
P("reinvite_known_ugly", "es", "Andrés Molina", "Fundador | Red de CTOs Iberia", "Sevilla",
  ("inm", "Red de CTOs Iberia", "Hola Alex, estamos reuniendo a CTOs y heads of engineering de España y Portugal en un grupo privado para compartir "
          "salarios, proveedores y aprendizajes. Sin coste. ¿Te interesa entrar?"),
  ("inm", "Siguiente paso", "¡Bienvenido! Para acceder al grupo te pido una sesión de 30 minutos con nuestro equipo: presentamos el programa de "
          "mentoring ejecutivo (4.200 € por trimestre), que es lo que financia la red."),
  ("inv", "Hola Alex, me gustaría tenerte en mi red, creo que compartimos muchos intereses."))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Paula Gomes", "Head of Sales EMEA | TestLoop QA", "Lisbon",
  ("acc",),
  ("msg", "Thanks for the add, Alex - nice meeting you at Web Summit! Since you mentioned flaky tests: TestLoop runs your regression suite on "
          "real devices overnight. Could I set up a trial for your mobile team?"))
P("user_invited_pitch_once", "de", "Florian Kraus", "Sales Engineer | TraceHound", "Berlin",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Ihr nutzt ja noch selbst gehostetes Prometheus – wir hätten ein Migrationspaket auf TraceHound mit "
          "drei Monaten gratis. Wollen wir kurz telefonieren?"))
P("user_invited_pitch_once", "en", "Hugo Sousa", "Partnerships | Lisbon Travel Tech Summit", "Lisbon",
  ("acc",),
  ("msg", "Hey Alex, great to be connected! We still have one gold sponsorship for the Lisbon Travel Tech Summit - keynote slot plus booth, "
          "€12k. Thought of Voyalia first. Interested?"))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Dmitri Sokolov", "Founder | Kubesmith Managed Platforms", "Tallinn",
  ("acc",),
  ("msg", "Thanks for connecting after the panel, Alex. Kubesmith runs your clusters 24/7 for a flat €7k/month - your SREs go back to product work. "
          "Fancy a call?"),
  ("msg", "Hi Alex, following up: we have onboarding capacity for one more customer in November. Shall I send the contract draft?"))
P("user_invited_pitch_twice", "es", "Elena Vidal", "Country Manager | Sur Nearshore (Buenos Aires · Montevideo)", "Buenos Aires",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Te cuento rápido: armamos células de desarrollo en Argentina y Uruguay con solapamiento horario "
          "con Lisboa, desde 38 USD la hora. ¿Te interesa una propuesta?"),
  ("msg", "Alex, te reenvío la propuesta con dos perfiles senior de Java disponibles ya. ¿Cuándo te viene bien verla?"))
P("user_invited_pitch_twice", "it", "Marco Bianchi", "Account Manager | Datavela Monitoring", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Datavela fa monitoraggio sintetico delle pagine di prenotazione da 30 città. Ti mostro una demo?"),
  ("msg", "Ciao Alex, ti riscrivo per la demo: questo mese abbiamo il 20% di sconto sul primo anno. Fammi sapere."))

# =============================================================== user_invited_value
P("user_invited_value", "en", "Catarina Reis", "Organiser | Women in Engineering Lisbon", "Lisbon",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Here's the salary survey we ran with 240 engineers in Lisbon and Porto - the raw numbers are in the sheet. "
          "Free for anyone, just don't quote individual rows."))
P("user_invited_value", "fr", "Antoine Leroy", "CTO | Bagages.io", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme promis à Paris, je te mets en relation avec notre lead SRE qui a géré exactement votre problème de "
          "files d'attente chez Amadeus. Il est partant pour un appel, je vous ai mis en copie par mail."))
P("user_invited_value", "en", "Sophie Brennan", "Director of Engineering | Farebird", "Dublin",
  ("acc",),
  ("msg", "Good to connect properly! Sharing the incident review from our payment outage in August - same PSP as you, so the timeline might save "
          "your on-call folks a bad night. Internal doc, but fine to share with your team."))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Rui Batista", "VP Product | Voyalia", "Lisbon", ("acc",))
P("acceptance_only", "es", "Laura Campos", "Engineering Manager | Rutaviva", "Barcelona", ("acc",))
P("lone_endorsement", "en", "André Coelho", "Software Engineer | Voyalia", "Lisbon", ("end",))
P("lone_endorsement", "it", "Sara Rinaldi", "Frontend Developer | ex-Voyalia", "Milano", ("end",))

# every story in the current layout: this is 2025 mail
for _p in PEOPLE:
    ERAS[_p[2]] = "cur"
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Joana Pereira", "joana@lisbonjvm.example", "JVM meetup - November slot",
     "Hi Alex,\n\nI also sent you a LinkedIn request, but email is probably faster: do you want the 20-min slot on 20 November?\n\nJoana", "en"),
    ("Greenhouse", "no-reply@greenhouse.example", "New application: Junior Backend Developer - Miguel Santos",
     "Miguel Santos applied to Junior Backend Developer. Source: LinkedIn. Review the application in Greenhouse.", "en"),
    ("People Team", "people@voyalia.example", "Reminder: update your LinkedIn headline before the Series B announcement",
     "Hi all,\n\nthe announcement goes out Tuesday. Please make sure your LinkedIn titles are current. No posting before 9:00 Lisbon time!", "en"),
    ("Gavin Hurst", "gavin@brightpixel.example", "Handover",
     "Alex,\n\nthe repo access is revoked on our side. Invoices for September are attached. I said what I had to say on LinkedIn.\n\nGavin", "en"),
    ("AWS", "no-reply@aws.example", "Your AWS Summit Madrid registration",
     "You're registered for AWS Summit Madrid. Share that you're attending on LinkedIn with #AWSSummit.", "es"),
    ("Secrétariat DevOps Days", "contact@devopsdays-lille.example", "Appel à orateurs : dernier rappel",
     "Bonjour,\n\nle CFP ferme le 20. Suivez-nous sur LinkedIn pour l'annonce du programme.", "fr"),
    ("Datadog", "billing@datadog.example", "Your invoice for September 2025",
     "Your invoice is available in the billing portal. Follow us on LinkedIn for product updates.", "en"),
    ("Tiago Mendes", "tiago.mendes@farebird.example", "Intro: Alex <> Inês",
     "Alex, meet Inês; Inês, meet Alex. As mentioned on LinkedIn, you two should talk about the data platform role. I'll let you take it from here.\n\nTiago", "en"),
]

# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev190 development corpus. Generated by scripts/make_corpus_dev190.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of engineering at a Lisbon travel-tech scale-up, September and October 2025: cloud and observability vendors, "
          "offshore dev shops, applicants, meetup organisers, paid CTO summit seats, a rude agency. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev190", SEED, PEOPLE, FOREIGN, spoofs=8, other=10, header=HEADER, eras=ERAS)
