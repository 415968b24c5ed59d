#!/usr/bin/env python3
"""Write mailbot's dev150 corpus: tests/corpus/dev150/*.eml + expected.toml.

The angle: Alex is a freelance software developer (Python, Django, React) living in Porto
who works for clients in France and Spain, so Alex sells services too. Who writes to Alex on
LinkedIn: clients and agencies with a project to hand out (Alex's buyers, who ask for a quote
or a day rate), recruiters and IT services firms with a concrete mission, peers who pass on
work they cannot take, meetup organisers and open-source maintainers, body-shopping agencies
that want to rent Alex their developers, sellers of dev tools, hosting, courses,
certifications, accounting, insurance and "portage salarial", freelance coaches, crypto
schemes and fake-job scams that end with a fee. French of France, Spanish of Spain (some
Galician turns) and of Colombia, English written by Portuguese speakers and by others, some
Italian, one message in Portuguese.

Every scenario of the taxonomy is there, weighted to that world. The layout machinery comes
from scripts/make_corpus.py through scripts/corpus_stories.py; skills, the recipient's
headline, job-alert and news subjects, the names, headlines and cities of spoof-only senders
and PYMK suggestions, the subjects and lures that spoofs carry, are swapped for this world in
this process only (make_corpus.py itself is not changed). The notes were written from
shared/taxonomy.md alone, without reading mailbot's judging code or its data, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev150.py              # writes tests/corpus/dev150
    python scripts/make_corpus_dev150.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260150

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the Porto freelancer's world (this process only)
SKILLS = {
    "en": ["Python", "Django", "React.js", "PostgreSQL", "REST APIs", "TypeScript"],
    "fr": ["Python", "Django", "Développement web", "React.js", "PostgreSQL", "API REST"],
    "es": ["Python", "Django", "Desarrollo web", "React.js", "PostgreSQL", "APIs REST"],
    "it": ["Python", "Django", "Sviluppo web", "React.js", "PostgreSQL"],
    "de": ["Python", "Django", "Webentwicklung", "React.js", "PostgreSQL"],
}
RHEADLINE = {
    "en": "Freelance Software Developer | Python · Django · React | Porto, working with teams in France & Spain",
    "fr": "Développeur freelance Python / Django / React | Porto – missions pour la France et l'Espagne",
    "es": "Desarrollador freelance Python / Django / React | Oporto – proyectos en España y Francia",
    "it": "Sviluppatore freelance Python / Django / React | Porto",
    "de": "Freiberuflicher Softwareentwickler | Python · Django · React | Porto",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# spoofs and LinkedIn's other mail: Alex reads LinkedIn mostly in English, sometimes French, Spanish or Italian
mc.LANGS[:] = ["en", "fr", "en", "es", "it"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "untrusted:mx.example.org", "lookalike:xn--lnkedin-rfb.com",
                       "nodkim", "buried", "display:outlook.com", "wrongpass", "lookalike:linkedin.com.secure-notify.example"]

mc.CITY["en"] = ["Porto", "Lisbon", "Braga", "Aveiro", "London", "Dublin"]
mc.CITY["fr"] = ["Paris", "Lyon", "Bordeaux", "Toulouse", "Nantes", "Montpellier"]
mc.CITY["es"] = ["Madrid", "Barcelona", "Vigo", "Bilbao", "Valencia", "A Coruña"]
mc.CITY["it"] = ["Milano", "Torino", "Bologna", "Roma", "Padova"]
mc.NAMES["en"] = (["João", "Inês", "Tiago", "Beatriz", "Rui", "Mariana", "Duarte", "Catarina", "Gonçalo", "Leonor"],
                  ["Ferreira", "Carvalho", "Sousa", "Pinto", "Mendes", "Teixeira", "Azevedo", "Lopes", "Correia", "Vieira"])
mc.NAMES["fr"] = (["Quentin", "Manon", "Jérémy", "Pauline", "Florian", "Anaïs", "Romain", "Justine"],
                  ["Lemoine", "Barbier", "Caron", "Renard", "Picard", "Boyer", "Huet", "Collin"])
mc.NAMES["es"] = (["Iago", "Uxía", "Adrián", "Paula", "Brais", "Alba", "Hugo", "Sabela"],
                  ["Otero", "Souto", "Castro", "Rial", "Pazos", "Varela", "Lamas", "Iglesias"])
mc.NAMES["it"] = (["Mattia", "Giorgia", "Riccardo", "Alice", "Edoardo", "Camilla"],
                  ["Colombo", "Villa", "Cattaneo", "Longo", "Galli", "Pellegrini"])
mc.COMPANIES["good"] = ["Vélogik", "Maison Lunel", "Bodegas Conectadas", "Atelier Solène", "Lumen Payments", "Porto Python Meetup",
                        "Pixelmer", "Galiplus", "Harbourside Health", "Mutuelle Atlantique"]
mc.COMPANIES["sales"] = ["CodePilot Reviews", "DeployNest", "Nearshore Devs Medellín", "Lancely", "CloudMesa", "Uptimo", "QAnube",
                         "Devcourse.io", "Facturo", "Progetta"]
mc.HEADLINES["good"] = ["Backend Developer at {co}", "CTO | {co}", "Engineering Manager at {co}", "Full-stack freelance | Django & Vue",
                        "Product Owner at {co}", "Tech Lead · {co}", "Organizer @ {co}", "Développeuse Python chez {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Founder @ {co} | tools for freelancers", "Business Developer at {co}",
                         "Partnerships Manager – {co}", "Growth @ {co}", "Sales Director Iberia | {co}"]
mc.JOBS[:] = [("Senior Python Developer (freelance, remote)", "Lumen Payments"), ("Développeur Django – mission 6 mois", "Vélogik"),
              ("Desarrollador/a Backend Python – remoto", "Bodegas Conectadas"), ("Full-Stack Engineer (Django/React)", "Harbourside Health"),
              ("Sviluppatore Python Senior – full remote", "Galiplus")]
for _l, _t in {"en": ["Quick question, Alex", "More clients for your freelance business", "Your deployments", "15 minutes?", "Partnership"],
               "fr": ["Petite question", "Plus de missions pour toi", "Vos factures clients", "15 minutes ?", "Partenariat"],
               "es": ["Pregunta rápida", "Más clientes para tu negocio", "Tus despliegues", "¿15 minutos?", "Colaboración"],
               "it": ["Domanda veloce", "Più clienti per te", "I tuoi deploy", "15 minuti?", "Collaborazione"],
               "de": ["Kurze Frage", "Mehr Kunden", "Ihre Deployments", "15 Minuten?", "Zusammenarbeit"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _t
retitle_other({
    "en": {"job": ("{n} new jobs for \"django developer\"", "Your job alert for django developer in {city}"),
           "news": "Are European tech freelancers raising their rates in 2025?",
           "group": "Top conversations in Python & Django Developers Europe",
           "newsletter": "Remote from Porto: what a year of French clients taught me"},
    "fr": {"job": ("{n} nouvelles offres pour « développeur django freelance »", "Votre alerte emploi pour développeur django freelance à {city}"),
           "news": "Facturation électronique : ce qui change pour les indépendants",
           "group": "Meilleures discussions dans Freelances Tech France",
           "newsletter": "Le TJM du mois : combien facturent vraiment les devs Python ?"},
    "es": {"job": ("{n} empleos nuevos de «desarrollador python remoto»", "Tu alerta de empleo de desarrollador python remoto en {city}"),
           "news": "¿Vuelve la oficina? Las empresas tecnológicas endurecen el teletrabajo",
           "group": "Conversaciones destacadas en Python España",
           "newsletter": "Autónomo y programador: cómo cerrar presupuestos sin regalar horas"},
    "it": {"job": ("{n} nuove offerte per «sviluppatore python»", "Il tuo avviso di lavoro per sviluppatore python a {city}"),
           "news": "Freelance IT: la partita IVA conviene ancora?",
           "group": "Conversazioni principali in Django Italia",
           "newsletter": "Note di un backend developer: test che non mentono"},
    "de": {"job": ("{n} neue Jobs für „Python Entwickler“", "Ihr Jobalarm für Python Entwickler in {city}"),
           "news": "Freelancer in der IT: Stundensätze steigen wieder",
           "group": "Top-Unterhaltungen in Python Deutschland",
           "newsletter": "Backend-Notizen: Migrationen ohne Ausfall"},
})

# what spoofs carry in someone's name: lures dressed as a freelancer's business
SPOOF_PITCH = {
    "en": ["Hi {first}, I've sent you the signed contract for the new project through our secure document room. Please sign in to countersign it today.",
           "Hello {first}, the client payment of EUR 4,850 for your last invoice is on hold. Verify your payout details here to release it."],
    "fr": ["Bonjour {first}, je vous ai transmis le bon de commande signé pour la mission. Connectez-vous pour le valider avant ce soir.",
           "Bonjour {first}, votre facture est en attente de paiement. Merci de confirmer vos coordonnées bancaires via le lien sécurisé."],
    "es": ["Hola {first}, te he compartido el contrato del proyecto firmado. Inicia sesión para revisarlo y firmarlo hoy.",
           "Hola {first}, el pago de tu última factura está retenido. Verifica tus datos bancarios en el enlace para liberarlo."],
    "it": ["Ciao {first}, ti ho inviato il contratto firmato per il progetto. Accedi all'area documenti per controfirmarlo.",
           "Buongiorno {first}, il pagamento della sua fattura è bloccato. Confermi i dati bancari tramite il link sicuro."],
    "de": ["Hallo {first}, ich habe Ihnen den unterschriebenen Auftrag freigegeben. Bitte melden Sie sich an, um ihn zu bestätigen.",
           "Guten Tag {first}, die Zahlung Ihrer Rechnung ist blockiert. Bitte bestätigen Sie Ihre Bankdaten über den sicheren Link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# layout era forced to the current one for people whose notes speak of recent things (AI tools, tokens, Postgres 16, PyCon Portugal...)
ERAS: dict[str, str] = {}


# =============================================================== good_invitation: buyers, peers, a meetup, a recruiter with a mission
P("good_invitation", "fr", "Claire Dumontet", "CTO | Maison Lunel – thés et infusions en ligne", "Lyon",
  ("inv", "Bonjour Alex, Julien Perrot m'a donné votre nom après votre mission chez Vélogik. Nous cherchons un dev Django pour reprendre "
          "notre back-office (environ 3 mois, à distance, démarrage en mars). Puis-je vous envoyer le cahier des charges pour avoir votre avis et un devis ?"),
  ("rem",))
P("good_invitation", "es", "Iván Cordero Lago", "Desarrollador backend freelance | Python | Vigo", "Vigo",
  ("inv", "Buenas Alex! Soy Iván, freelance también, de Vigo. Me entró un proyecto de una cooperativa de Ourense (API en FastAPI + panel en React) "
          "y no llego antes del verano. Me dijeron que trabajas con clientes gallegos, ¿te lo paso? Pagan bien y a tiempo."))
P("good_invitation", "en", "Rita Magalhães", "Backend Engineer | Co-organiser, Porto Python Meetup", "Porto",
  ("inv", "Hi Alex, I am one of the organisers of the Porto Python meetup. We will do a free evening at UPTEC on 12 June (talks + pizza) and we are "
          "looking for someone to speak about Django in production with real clients. Would you like? Even 15 min is perfect!"),
  ("rem",))
P("good_invitation", "it", "Federico Zanardi", "Maintainer di django-tenantkit | Backend developer", "Bologna",
  ("inv", "Ciao Alex, ho visto la tua PR sul supporto multi-schema in django-tenantkit. Prima del merge vorrei capire come l'hai testata con "
          "Postgres 16: ti va di sentirci 10 minuti o di rispondermi qui? Intanto grazie, la aspettavamo da mesi."))
ERAS["Federico Zanardi"] = "cur"
P("good_invitation", "fr", "Mathilde Ferrand", "Chargée de recrutement IT | Missions freelance Sud-Ouest", "Bordeaux",
  ("inv", "Bonjour Alex, je recrute pour une mission freelance chez un assureur bordelais : refonte d'une API Django, 6 mois, 2 jours/semaine "
          "sur site et le reste en remote, TJM 550-600 €. Votre profil colle très bien. Je peux vous appeler cette semaine ?"))
P("good_invitation", "en", "Andreia Fonseca", "Operations & Product | Clínicas Lumiar, Lisbon", "Lisbon",
  ("inv", "Hello Alex! Nuno Baptista from Clínicas Sorriso told me you did their online booking and he is very happy with the work. We have 9 clinics "
          "in Lisbon and need something similar. Can we connect so I send you the briefing?"))


# =============================================================== default_invitation
P("default_invitation", "en", "Paulo Rebelo", "Full Stack Developer | Open to new opportunities", "Braga", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Kevin Morvan", "Business Developer | ESN | Nantes", "Nantes", ("inv", DEFAULT))
P("default_invitation", "es", "Lorena Aguado", "Técnica de selección IT", "Madrid", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Nikhil Varma", "Founder | CodePilot Reviews – AI code review for small teams", "Bengaluru",
  ("inv", "Hi Alex, saw you ship a lot of Django for clients. CodePilot reviews every PR in 30 sec and flags the N+1 queries before your client "
          "finds them 😄 Freelancers get 3 months at $9/mo. Can I send you a 2-min Loom demo?"))
ERAS["Nikhil Varma"] = "cur"
P("sales_invitation", "fr", "Sébastien Olivo", "Formateur | J'aide les devs freelances à vendre leurs jours plus cher", "Paris",
  ("inv", "Salut Alex ! Bloqué à 450 €/jour ? Mon programme Freelance Premium (8 semaines de coaching en groupe) a aidé 140 devs à doubler "
          "leur TJM. Prochaine session le 3 février, il reste 6 places. Je t'envoie la brochure ?"),
  ("rem",))
P("sales_invitation", "es", "Daniela Restrepo", "Directora Comercial | Nearshore Devs Medellín", "Medellín",
  ("inv", "Hola Alex, ¿te llegan más proyectos de los que puedes atender? Te ponemos desarrolladores senior de Medellín en tu mismo horario "
          "desde 22 €/h y tú sigues facturando a tu cliente con tu marca. ¿Agendamos 20 minutos?"))
P("sales_invitation", "en", "Hugo Sarmento", "Contabilista Certificado | Accounting for IT freelancers", "Porto",
  ("inv", "Hello Alex, I am certified accountant specialised in IT freelancers with clients abroad. Many colleagues pay too much IRS because they "
          "stay in the simplified regime. I can do a simulation for you and propose a monthly fee with everything included. We can schedule a call?"),
  ("rem",))
P("sales_invitation", "it", "Davide Lunardi", "Web3 Growth | Tokenomics | DEVX", "Lugano",
  ("inv", "Ciao Alex, stiamo lanciando DEVX, il token pensato per i dev freelance: paghi le fee delle piattaforme in DEVX e intanto fai staking "
          "al 18% annuo. Presale riservata ai primi 500 sviluppatori fino a domenica. Ti giro il whitepaper?"))
ERAS["Davide Lunardi"] = "cur"


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Gareth Coyle", "Community Lead | Remote Freelancers Guild", "Dublin",
  ("inv", "Hey Alex, I run a small peer group of European freelance devs - we swap client leads, compare rates and do one call a month. "
          "No cost, no agenda, just people in the same boat. Fancy joining us?"),
  ("msg", "Great to have you in, Alex! Quick heads-up: from this month the Guild runs on memberships – €49/month gets you the lead board and the "
          "monthly calls, and with code ALEX19 your first month is €19. Shall I send you the sign-up link?", (3, 10)),
  ("msg", "Hi Alex, just making sure you saw this – founding-member pricing closes on Friday, after that it goes to €79.", (4, 9)))
P("bait_and_switch_invitation", "fr", "Yanis Belkadi", "Développeur backend | Passionné de finance décentralisée", "Marseille",
  ("inv", "Salut Alex, entre devs backend on se comprend 🙂 J'aimerais échanger avec des devs Python freelances, surtout sur la facturation "
          "de clients étrangers et la gestion de la tréso. Ça te dit qu'on se connecte ?"),
  ("msg", "Merci pour l'ajout ! Du coup je te parle franchement : depuis un an je place ma tréso de freelance sur un bot d'arbitrage crypto, "
          "+6 % par mois en moyenne. Je peux t'ouvrir un accès parrainé à partir de 500 €. On se fait une visio pour que je te montre mon tableau de bord ?"))
ERAS["Yanis Belkadi"] = "cur"
P("bait_and_switch_invitation", "es", "Marcos Villaverde", "Backend developer | Building DeployNest", "Madrid",
  ("inv", "Hola Alex, pregunta rápida de dev a dev: ¿cómo gestionas los despliegues de Django en los servidores de tus clientes? Estoy comparando "
          "Ansible con otras opciones y tu experiencia me vendría genial."),
  ("msg", "¡Gracias por aceptar! Te cuento por qué te preguntaba: hemos creado DeployNest, que despliega Django en cualquier VPS con un clic. "
          "Para freelancers con varios clientes son 29 €/mes con proyectos ilimitados. ¿Te enseño una demo de 20 minutos esta semana?"))
P("bait_and_switch_invitation", "en", "Sandra Lobo", "Helping IT freelancers in Portugal | Guides & tools", "Lisbon",
  ("inv", "Hi Alex! I wrote a free guide for Portuguese freelancers that invoice clients in France and Spain (VAT reverse charge, IRS categories, "
          "Segurança Social). I am sharing it with developers here in Porto, can I send it to you?"),
  ("msg", "Here is the guide as promised 🙂 https://guia-freelancer.example.pt/faturar-no-estrangeiro\n\nAlso, if you want, my office can take care of "
          "all your accounting for 95€/month + VAT, we already have more than 60 developers as clients. Shall I send you the proposal?", (2, 6)),
  ("msg", "Hello Alex, did you have time to look at the proposal? For new clients until the end of the month we offer the first 2 months. Say something 😊", (8, 20)))
P("bait_and_switch_invitation", "it", "Giorgio Mantovani", "Fondatore | Collettivo Dev Freelance", "Torino",
  ("inv", "Ciao Alex, sto mettendo insieme un gruppo di sviluppatori freelance per candidarci insieme a bandi e progetti più grossi di quelli "
          "che prendiamo da soli. Ho visto i tuoi lavori su Django e mi piacerebbe averti nel giro."),
  ("msg", "Grazie per aver accettato! Ti spiego come funziona: per entrare nel collettivo c'è una quota di 350 € l'anno, più il 10% sui progetti "
          "che ti giriamo. In cambio usi il nostro marchio e hai accesso ai bandi. Ti mando il modulo d'iscrizione?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Olivia Brandt", "Talent Partner | Nexora Labs", "Remote",
  ("inm", "Senior Python Developer – fully remote", "Hi Alex, we are hiring a Senior Python Developer for a fully remote team building payment "
          "infrastructure across the EU. Your profile is a strong match. The process is short – one technical assessment and one interview with our CTO. "
          "Would you be interested?"),
  ("inm", "Next step: technical assessment", "Thanks for getting back to me, Alex! Before the interview every candidate completes our Python Professional "
          "certification with our training partner (€189, reimbursed after 90 days of employment). Here is the payment link – once it's done I'll book your "
          "slot with the CTO.", (3, 8)))
P("bait_and_switch_inmail", "fr", "Romain Tessier", "Host du podcast « Code & Liberté »", "Bordeaux",
  ("inm", "Invitation podcast Code & Liberté", "Bonjour Alex, je prépare une saison sur les devs freelances installés au Portugal qui bossent pour "
          "des clients français. Ton parcours m'intéresse beaucoup : serais-tu partant pour un épisode de 40 minutes en visio ?"),
  ("inm", "Podcast – organisation", "Super, merci pour ta réponse ! Petite précision : les épisodes invités sont sponsorisés, la participation est "
          "de 390 € HT (montage, page dédiée, diffusion sur nos réseaux et notre newsletter). Je t'envoie le devis pour qu'on cale une date ?"))
P("bait_and_switch_inmail", "es", "Verónica Salgado", "Developer Relations | StackScore", "Barcelona",
  ("inm", "Tu librería django-facturae", "Hola Alex, uso tu paquete django-facturae en dos proyectos y me ha ahorrado semanas de trabajo. Tengo una "
          "duda con la firma XAdES y los certificados de la FNMT: ¿me podrías orientar un poco? Te lo agradecería mucho."),
  ("inm", "Una idea para django-facturae", "¡Mil gracias por la respuesta, me ha funcionado! Y ya que estamos: en StackScore ayudamos a mantenedores "
          "a rentabilizar sus librerías. Por 149 €/mes destacamos django-facturae en nuestro directorio y te enviamos empresas que buscan soporte. "
          "¿Lo hablamos en una llamada?"))
P("bait_and_switch_inmail", "it", "Chiara Pagnotta", "Co-founder | Formalab", "Milano",
  ("inm", "Una tua opinione (5 minuti)", "Ciao Alex, stiamo facendo una piccola ricerca tra sviluppatori freelance su come gestiscono preventivi e "
          "contratti con clienti esteri. Ti andrebbe di rispondere a 5 domande? Condivideremo i risultati con tutti i partecipanti."),
  ("inm", "Grazie + una proposta", "Grazie mille per le risposte! Dal questionario emerge che sui preventivi perdi parecchio tempo: Formalab li genera "
          "in automatico, con firma digitale e fattura collegata. Per te il piano Pro a 24 €/mese invece di 39. Ti attivo la prova?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Bruno Leitão", "Junior Frontend Developer | React | Porto", "Porto",
  ("end",), ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill} and JavaScript, you deserve it 🙌 I am trying to get my first freelance clients, if you could "
          "endorse me for React and CSS it would help a lot. Thanks man, abraço!"))
P("endorse_me_back", "fr", "Aurélien Coste", "Dev PHP / Symfony freelance", "Toulouse",
  ("end",),
  ("msg", "Hello Alex, je t'ai validé sur {skill}. Si tu as deux secondes, tu pourrais me rendre la pareille sur Symfony et Docker ? Les clients "
          "regardent pas mal ça en ce moment. Merci d'avance !"))
P("endorse_me_back", "es", "Noelia Barreiro", "Frontend developer | Angular", "A Coruña",
  ("end",), ("end",),
  ("msg", "Holaa Alex, te he recomendado en {skill} 😊 ¿me devuelves el favor con Angular y TypeScript? estoy actualizando el perfil para buscar "
          "proyectos. ¡mil gracias!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Dilip Raghavan", "Director | TalentBridge IT Staffing", "Pune",
  ("inv", "Dear Alex, we provide dedicated Python developers at very competitive rates for European freelancers and agencies. Would like to explore "
          "synergies for mutual growth."),
  ("rem",),
  ("inm", "Regarding my invitation", "Alex, I have sent you invitation and reminder also and you are not even accepting. This is very unprofessional "
          "behaviour. We are also professionals and deserve minimum respect. Anyway it is your loss only.", (6, 14)))
P("hostility_after_decline", "fr", "Grégory Lambert", "Ingénieur d'affaires | Altivo Conseil", "Lyon",
  ("inv", "Bonjour Alex, ingénieur d'affaires chez Altivo, nous avons régulièrement des besoins Python chez nos clients. Au plaisir d'échanger."),
  ("inm", "Sans nouvelles", "Bonjour Alex. Trois semaines sans réponse à une simple demande de connexion... Pour un freelance qui vit des missions "
          "qu'on lui apporte, c'est osé. Ne venez pas nous chercher le jour où votre carnet de commandes sera vide.", (19, 24)))
P("hostility_after_decline", "es", "Jorge Villar", "CEO | AppFactory Sevilla", "Sevilla",
  ("inv", DEFAULT), ("rem",),
  ("inm", "?", "Mira Alex, no sé quién te crees. Te agrego para ofrecerte un proyecto y ni contestas. Así os va a los freelancers, luego lloráis "
          "que no hay trabajo. Ya buscaré a otro, que hay a patadas."))
P("hostility_after_decline", "it", "Stefano Ruggiero", "Titolare | Ruggiero & Co. agenzia web", "Napoli",
  ("inv", "Ciao Alex, ho un e-commerce da sviluppare in subappalto per un cliente, ti va di collegarci?"),
  ("inm", "Complimenti", "Alex, ti ho mandato la richiesta due settimane fa per darti del LAVORO e non ti sei nemmeno degnato di rispondere. "
          "Complimenti per la professionalità. Tanto ne ho altri dieci come te che aspettano.", (13, 16)))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Tomasz Wierzbicki", "Sales Manager CEE | Uptimo Monitoring", "Kraków",
  ("msg", "Alex, since you look after several client apps, our uptime + error monitoring bundle could save you a few nights. 40% off for "
          "freelancers this quarter. 15 min on Tuesday?"),
  ("msg", "Hi again – sharing our case study with a Lisbon agency that cut incident time in half. Worth a quick chat?", (6, 12)),
  ("msg", "Third message, zero reply. Honestly, people like you are why LinkedIn feels like a waste of time. You accept connections and then "
          "ghost everyone. Grow up.", (5, 10)))
P("hostility_connection", "fr", "Céline Marquet", "Fondatrice | Studio Marquet – formations Scrum certifiantes", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Puisque tu travailles avec des équipes françaises, notre certification Scrum Master en 2 jours "
          "(1 290 € HT, finançable) t'ouvrirait pas mal de portes. Je te réserve une place pour la session de mars ?"),
  ("msg", "Je vois que tu as lu mon message sans répondre. C'est toi qui m'as invitée, je te rappelle. Le minimum c'est de dire non merci. "
          "Vraiment pas pro.", (10, 20)))
P("hostility_connection", "es", "Óscar Trigo", "Partner | Código Norte Outsourcing", "Oviedo",
  ("msg", "Hola Alex, en Código Norte hacemos outsourcing de desarrollo para agencias y freelancers: te montamos un equipo de 2-3 devs bajo tu "
          "dirección, con facturación mensual. ¿Te interesaría verlo?"),
  ("msg", "¿Hola?", (5, 10)),
  ("msg", "Vale, ya veo de qué vas. Mucho «abierto a proyectos» en el perfil y luego ni una respuesta. Con esa actitud no llegarás lejos, "
          "te lo digo yo.", (6, 15)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Mariana Couto", "Commercial | Nuvem Norte Hosting", "Porto",
  ("msg", "Hi Alex, do you host the websites of your clients? We have reseller plans in datacenter in Lisbon, GDPR compliant, from 12€/month "
          "and support in Portuguese. Can I send you the prices?"),
  ("msg", "Good morning Alex, only to remember you of our promotion: 3 months free in the reseller plan if you migrate until the 31st. "
          "Do you want to have a call?"))
P("connection_only_pitches", "fr", "Thibaut Renaud", "Coach business pour freelances tech", "Lille",
  ("msg", "Alex, petite question : combien de nouveaux clients as-tu signés ce trimestre ? Avec ma méthode de prospection LinkedIn, mes élèves "
          "signent en moyenne 2 missions par mois. Appel découverte offert cette semaine, ça te dit ?"),
  ("msg", "Je relance car mon atelier « Trouver ses clients en 30 jours » démarre lundi : 497 € au lieu de 697 € jusqu'à dimanche."),
  ("msg", "Dernière place dispo pour l'atelier. Je te la garde ?", (3, 6)))
P("connection_only_pitches", "es", "Beatriz Landa", "Account Manager | CloudMesa – servidores para agencias", "Bilbao",
  ("msg", "Hola Alex, en CloudMesa ofrecemos servidores gestionados para agencias y desarrolladores, con backups diarios y soporte 24/7 en "
          "español. ¿Te preparo una propuesta para alojar a tus clientes?"),
  ("msg", "Buenas Alex, te escribo de nuevo porque este mes migramos gratis los proyectos Django. ¿Te va bien una llamada el jueves?"))
P("connection_only_pitches", "it", "Matteo Sorrentino", "Consulente formazione | Corsi certificati AWS e Kubernetes", "Roma",
  ("msg", "Ciao Alex, organizziamo corsi online per la certificazione AWS Solutions Architect con voucher d'esame incluso. Per i freelance c'è "
          "lo sconto del 30%. Ti interessa il calendario?"),
  ("msg", "Ciao Alex, ultimi 4 posti per il corso di aprile. Se vuoi te ne blocco uno, si paga anche in tre rate."))


# =============================================================== single_pitch
P("single_pitch", "en", "Farhan Qureshi", "Growth @ Lancely | invoicing for freelancers", "London",
  ("msg", "Hey Alex, quick one – are you still chasing late payments from clients by email? Lancely sends automatic reminders and handles "
          "multi-currency invoices for freelancers across the EU. Happy to give you 2 months free if you try it this week."))
P("single_pitch", "fr", "Julie Caradec", "Conseillère clientèle professionnels | Banque en ligne", "Rennes",
  ("msg", "Bonjour Alex, je vois que vous travaillez avec des clients français : notre compte pro en euros avec IBAN FR est gratuit la première "
          "année pour les freelances tech. Je peux vous l'ouvrir en 10 minutes par visio, quand êtes-vous disponible ?"))
P("single_pitch", "es", "Enrique Manzano", "Director | Academia DevPro Online", "Valencia",
  ("msg", "Hola Alex, lanzamos un máster online en arquitectura de microservicios para desarrolladores senior, con tutorías en directo y "
          "certificado. Tenemos becas del 40% para los primeros 20 inscritos. ¿Te envío el temario?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Nicolas Ferreira", "Lead dev | Agence Pixelmer", "Bordeaux",
  ("msg", "Salut Alex ! On a un client (une mutuelle) qui veut un back-office Django pour avril et on est sous l'eau. Je t'ai recommandé, "
          "le DSI va sûrement t'écrire. Budget autour de 25 k€, je pense que c'est pour toi."),
  ("msg", "Au fait je t'ai donné accès au repo de notre lib d'export PDF, si ça peut te servir sur ce projet. Aucune obligation hein."))
P("connection_brings_value", "en", "Sofia Guimarães", "Senior Developer | PyCon Portugal volunteer", "Porto",
  ("end",),
  ("msg", "Olá Alex! Tenho dois bilhetes para a PyCon Portugal dados pela organização (este ano sou voluntária) e não consigo usar o segundo. "
          "Queres? Só preciso do teu nome e email até sexta."))
ERAS["Sofia Guimarães"] = "cur"
P("connection_brings_value", "es", "Carmen Oubiña", "CTO | Galiplus – reservas para casas rurales", "Santiago de Compostela",
  ("msg", "Hola Alex, ¿te cuadraría presupuestarnos la integración con Stripe y Redsys que comentamos en el evento de Vigo? Te paso la "
          "documentación de nuestra API. Si encaja, empezaríamos en febrero."),
  ("msg", "Te acabo de enviar el NDA firmado y acceso al repositorio. Cuando puedas, dime fechas y lo cerramos."))
P("connection_brings_value", "it", "Luca Ferrazzi", "Senior Backend Engineer | ex collega", "Milano",
  ("msg", "Ciao Alex! Ti giro una cosa interna: cerchiamo un contractor Django per 4 mesi, full remote, tariffa buona. Ho fatto il tuo nome al "
          "mio responsabile; se ti interessa scrivimi e vi metto in contatto."))


# =============================================================== stranger_inmail_recruiter: clients and recruiters with a real project
P("stranger_inmail_recruiter", "fr", "Élise Vautrin", "Head of Engineering | Atelier Solène", "Paris",
  ("inm", "Mission freelance Django – 4 mois", "Bonjour Alex, je suis responsable technique chez Atelier Solène (mode durable, 40 personnes à Paris). "
          "Nous cherchons un freelance Django pour refondre notre outil de gestion des stocks, 4 mois à partir d'avril, 100 % à distance. Votre profil "
          "et vos contributions open source m'ont convaincue. Seriez-vous disponible pour un premier appel ?"))
P("stranger_inmail_recruiter", "es", "Javier Roldán", "Fundador y CTO | Bodegas Conectadas", "Logroño",
  ("inm", "Proyecto plataforma de pedidos B2B", "Hola Alex, te escribo porque necesitamos ampliar nuestra plataforma de pedidos B2B para bodegas "
          "(Django + React) y buscamos un freelance con experiencia en integraciones de pago. Es un proyecto de unos 3 meses con posibilidad de "
          "continuidad. ¿Tendrías disponibilidad a partir de marzo? Dime tu tarifa y lo vemos."))
P("stranger_inmail_recruiter", "en", "Marta Novak", "Senior Technical Recruiter | Lumen Payments", "Berlin",
  ("inm", "Contract Python engineer – 6 months, remote EU", "Hi Alex, I'm hiring for a 6-month contract (likely extension) on our payments "
          "reconciliation team: Python, Django, PostgreSQL, a lot of data work. Fully remote within EU time zones, day rate €550–650. Your open-source "
          "work on invoicing libraries is very relevant. Open to a 20-minute intro call?"))
P("stranger_inmail_recruiter", "it", "Simona Cattaneo", "Responsabile IT | Cattaneo Arredamenti", "Monza",
  ("inm", "Collaborazione per un gestionale", "Buongiorno Alex, mi ha dato il suo nominativo un collega di Torino. Dobbiamo rifare il gestionale "
          "degli ordini della nostra azienda (mobili su misura, 30 dipendenti) e cerchiamo uno sviluppatore esterno. Sarebbe disponibile per una "
          "videochiamata per capire tempi e costi?"))


# =============================================================== stranger_inmail_sales: crypto, a fake job with a fee, a dev tool
P("stranger_inmail_sales", "en", "Kevin Zhao", "Investment Advisor | Digital Assets", "Singapore",
  ("inm", "Passive income for developers", "Hello Alex, I came across your profile and I see you're a talented developer. Many tech professionals in "
          "my network now earn 3-5% weekly with our AI-driven crypto trading program, fully managed. Minimum entry is only $250. Can I share how it "
          "works on WhatsApp?"))
ERAS["Kevin Zhao"] = "cur"
P("stranger_inmail_sales", "fr", "Laetitia Morel", "Recrutement | Télétravail & Emploi", "Paris",
  ("inm", "Poste de développeur à distance – CDI", "Bonjour Alex, suite à l'étude de votre profil, nous avons le plaisir de vous proposer un poste "
          "de développeur web en télétravail, 3 800 € net par mois. Pour finaliser votre dossier, le kit de démarrage (ordinateur portable et "
          "licences) est à régler auprès de notre fournisseur agréé : 260 €, remboursés sur votre premier salaire. Merci de confirmer aujourd'hui."))
P("stranger_inmail_sales", "es", "Pablo Iturbe", "Ventas | QAnube – testing automatizado", "San Sebastián",
  ("inm", "¿Tests E2E para tus clientes?", "Hola Alex, con QAnube tus clientes ven informes de tests automáticos en cada despliegue, sin que tengas "
          "que escribir Selenium. Para freelancers hay un plan de 19 €/mes. ¿Te hago una demo rápida?"),
  ("inm", "Re: tests E2E", "Alex, te vuelvo a escribir por si se perdió mi mensaje: este mes regalamos la configuración inicial. ¿Hablamos?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Diogo Faria", "Tech Lead | Porto Tech Hub volunteer", "Porto",
  ("inv", "Hi Alex, we are organising a free coding dojo for juniors every second Thursday at Porto Tech Hub and we need mentors with Django "
          "experience. Two hours, pizza included. Can I count on you?"),
  ("msg", "Thank you so much for coming yesterday, the juniors loved your session about tests! I put the photos and the feedback results in the "
          "shared folder, you had 4.9/5 😄", (10, 25)),
  ("msg", "Alex, one more thing – I launched my own startup, a time tracking SaaS for freelancers, 12€/month. Because you were mentor I give you "
          "30% discount for life. Can I show you a demo this week?", (15, 30)))
P("good_turns_ugly", "fr", "Maxime Leclercq", "Développeur Python | Lyon", "Lyon",
  ("inv", "Salut Alex, je suis tombé sur ton article sur Celery et les tâches idempotentes, super clair. J'ai écrit un petit module de retry "
          "open source pour le même problème, je te le partage si ça t'intéresse ?"),
  ("msg", "Voilà le lien vers le repo : https://github.com/mleclercq/celery-retry-kit. N'hésite pas à ouvrir des issues, tes retours m'intéressent."),
  ("end",),
  ("msg", "Au passage je t'ai recommandé pour {skill} 🙂 Tu pourrais me recommander pour Python et Celery en retour ? Je cherche une nouvelle "
          "mission et ça aide pour les plateformes."))
P("good_turns_ugly", "es", "Lucía Portela", "Organizadora | Python Vigo", "Vigo",
  ("inv", "Hola Alex, organizo el meetup de Python en Vigo y me encantaría que vinieras a contar cómo trabajas en remoto para clientes "
          "franceses. Es gratis, en la Escuela de Ingeniería, el 20 de noviembre. ¿Te animas?"),
  ("msg", "¡Gracias por la charla! Te dejo el enlace al vídeo y a las diapositivas, y la lista de asistentes que quisieron contactar contigo.", (20, 35)),
  ("msg", "Hola Alex, te cuento que he lanzado un bootcamp de Django para juniors (1.900 €, 12 semanas). Como ponente te damos un 25% de comisión "
          "por cada alumno que nos envíes, y si te interesa también puedes hacer el módulo avanzado con descuento. ¿Lo hablamos?", (20, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Tiago Nogueira", "Business Developer | SoftHouse Nearshore", "Braga",
  ("inm", "Extra dev capacity for your projects", "Hello Alex, good afternoon. SoftHouse is a nearshore company in Braga with 40 developers. We can "
          "give you extra capacity in Python and React for your projects with French clients, with very good prices. Can we combine a call?"),
  ("inv", "Hi Alex, nice to see another developer from the north doing well with French clients! Let's stay in touch."))
P("reinvite_known_bad", "fr", "Laure Bastide", "Business Developer | Plateforme de freelances IT", "Nantes",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous nous sommes croisés au Web2Day à Nantes, ravie de rester en contact !"))
P("reinvite_known_bad", "es", "Rodrigo Abad", "Consultor | Formación bonificada para autónomos", "Zaragoza",
  ("inv", "Hola Alex, ayudo a autónomos del sector IT a formarse gratis con cursos bonificados, a cambio de una pequeña cuota de gestión. "
          "¿Te cuento cómo funciona?"),
  ("inv", "Hola Alex, vi tu charla en el meetup de Python Madrid y me encantó. ¿Conectamos?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Connor Blake", "Recruitment Consultant | Apex Tech Talent", "Manchester",
  ("inv", "Alex, I've got some great Python contracts coming up across Europe. Let's connect and I'll keep you posted."),
  ("inm", "Fair enough", "Not accepting a recruiter who's trying to get you work? Bold move for a freelancer. Good luck finding your own clients "
          "mate, you'll need it.", (10, 20)),
  ("inv", "Hi Alex, hope business is good! We're growing our contractor network in Lisbon and Porto, would be great to connect.", (120, 200)))
P("reinvite_known_ugly", "fr", "Damien Roux", "Ex-dev | Conseiller en gestion de patrimoine pour indépendants", "Toulouse",
  ("inm", "Question sur ton talk", "Salut Alex, j'ai vu ta présentation sur les migrations sans interruption, super intéressant. Je me demandais si "
          "tu utilisais pg_repack ou une autre approche pour les grosses tables ?"),
  ("inm", "Merci + une idée", "Merci pour ta réponse détaillée ! Sinon, je suis aussi conseiller en gestion de patrimoine pour les indépendants : "
          "avec tes revenus de freelance, une SCPI ou un PER pourrait réduire pas mal ton imposition. Je te propose un bilan gratuit de 30 minutes ?"),
  ("inv", "Bonjour Alex, ravi d'avoir échangé avec toi l'an dernier, on se connecte ?", (90, 200)))
P("reinvite_known_ugly", "it", "Nicola Bellini", "Titolare | Bellini Web Solutions", "Padova",
  ("inv", "Ciao Alex, cerco sviluppatori esterni per qualche progetto, colleghiamoci."),
  ("rem",),
  ("inm", "Ok, ricevuto", "Vedo che non rispondi. Va bene, ma lascia che te lo dica: con questa supponenza da 'freelance internazionale' non vai "
          "da nessuna parte. In Italia certe cose non si fanno.", (5, 15)),
  ("inv", "Ciao Alex, riprovo: ho un progetto interessante in partenza, ti andrebbe di collegarci?", (150, 240)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Camille Roussel", "Chargée de comptes | Facturo – facturation pour indépendants", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Petite question : comment gères-tu ta facturation avec tes clients français ? Facturo fait des factures "
          "conformes à la facturation électronique 2026 et le suivi des paiements. 1 mois offert si tu veux tester, je te fais une démo ?"))
ERAS["Camille Roussel"] = "cur"
P("user_invited_pitch_once", "es", "Diego Cantero", "Fundador | Brandev – marketing para desarrolladores", "Madrid",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Vi que no publicas casi nada en LinkedIn: con nuestro plan de contenidos para freelancers tech "
          "(3 posts semanales, 290 €/mes) conseguirías clientes sin buscarlos. ¿Te paso casos de éxito?"))
P("user_invited_pitch_once", "en", "Pedro Amaral", "Insurance Advisor | Professional liability for IT freelancers", "Porto",
  ("acc",),
  ("msg", "Obrigado for accepting Alex! Do you have professional liability insurance for your projects with French clients? Many of them ask it "
          "in the contract now. I can make you a quote in 24h, from 180€/year. Can I send?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ryan Ellery", "Partnerships | Devcourse.io", "Manchester",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! We're building the go-to course library for senior devs – system design, Rust, AI engineering. Freelancers "
          "get 50% off annual plans. Want me to set you up with a trial?"),
  ("msg", "Hey Alex, circling back – the annual plan discount ends Sunday. Happy to jump on a quick call if you have questions."))
ERAS["Ryan Ellery"] = "cur"
P("user_invited_pitch_twice", "fr", "Antoine Giraud", "Fondateur | Indépendance+ – portage salarial", "Montpellier",
  ("acc",),
  ("msg", "Merci Alex pour la mise en relation ! Tu factures des clients français depuis le Portugal ? Avec notre portage salarial tu deviens "
          "salarié en France, mutuelle et retraite comprises, pour 5 % de frais de gestion. On s'appelle pour une simulation ?"),
  ("msg", "Hello Alex, je te renvoie le simulateur : pour un TJM de 500 € tu toucherais environ 5 900 € nets par mois. Dispo jeudi pour en parler ?"))
P("user_invited_pitch_twice", "it", "Alessia Fumagalli", "Account Executive | Progetta – gestione progetti per agenzie", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Ho visto che lavori con più clienti in contemporanea: Progetta ti fa gestire task, ore e fatture "
          "in un'unica dashboard. Ti va una demo di 15 minuti?"),
  ("msg", "Ciao Alex, ti scrivo di nuovo perché a fine mese scade la promo per i freelance (6 mesi al prezzo di 3). Fammi sapere!"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Olivier Brunet", "DSI | Mutuelle Atlantique", "La Rochelle",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation. Un confrère de Bordeaux m'a dit le plus grand bien de vous. Je vous envoie par mail le cahier "
          "des charges du back-office : pourriez-vous nous faire une proposition chiffrée d'ici la fin du mois ? Démarrage souhaité en avril."))
P("user_invited_value", "es", "Marina Sotelo", "Product Lead | Fintech en Madrid", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Como te comenté en la Codemotion, te he presentado por correo a nuestro CTO: buscan ayuda con la "
          "migración a Django 5 y le he dicho que eres la persona. Te escribirá esta semana."))
ERAS["Marina Sotelo"] = "cur"
P("user_invited_value", "en", "James Whitlock", "Staff Engineer | Harbourside Health", "London",
  ("acc",),
  ("msg", "Thanks for the add, Alex. Attached is the reference you asked for – happy for you to use it on Malt or anywhere else. I've also "
          "mentioned you to two founders in our accelerator who need Django help; expect an email from Priya at Tidal."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Inês Valadares", "Engineering Manager | Porto", "Porto", ("acc",))
P("acceptance_only", "fr", "Baptiste Moreau", "CTO | Startup SaaS RH", "Nantes", ("acc",))
P("lone_endorsement", "en", "Joana Brito", "Frontend Developer", "Aveiro", ("end",))
P("lone_endorsement", "es", "Carlos Eiras", "Desarrollador web", "Ourense", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Claire Dumontet", "claire.dumontet@maisonlunel.example.fr", "Reprise de notre back-office Django",
     "Bonjour Alex,\n\nJe vous ai envoyé une invitation sur LinkedIn, mais je ne sais pas si vous la consultez souvent. Julien Perrot m'a donné "
     "votre adresse. Pourrions-nous prévoir un appel la semaine prochaine ?\n\nBien cordialement,\nClaire", "fr"),
    ("GitHub", "notifications@github.example", "Re: [django-tenantkit] Multi-schema support (PR #212)",
     "@fzanardi commented on this pull request.\n\nLooks good overall. Could you add a test for the search_path reset? "
     "I also pinged you on LinkedIn in case these notifications get lost.\n\nReply to this email directly or view it on GitHub.", "en"),
    ("Malt", "hello@malt.example.fr", "3 nouvelles missions correspondent à votre profil",
     "Bonjour Alex,\n\nDéveloppeur Django (Lyon, remote), Lead dev Python (Paris), API REST (Nantes).\n\nAstuce : importez vos recommandations "
     "LinkedIn sur votre profil Malt pour rassurer les clients.", "fr"),
    ("Joaquim Ribeiro", "geral@ribeiro-contas.example.pt", "Documentos do 4.º trimestre",
     "Bom dia Alex,\n\nPrecisamos das faturas emitidas a clientes de França e Espanha até dia 15, para a declaração de IVA. Já agora: "
     "cuidado com \"contabilistas\" que aparecem no LinkedIn com preços muito abaixo do mercado.\n\nCumprimentos,\nJoaquim", "pt"),
    ("Nuno Baptista", "nuno.baptista@clinicassorriso.example.pt", "Fwd: I want to connect",
     "Alex, esta é a pessoa de quem te falei, das clínicas de Lisboa. Ela também te vai adicionar. Vale a pena!\n\nAbraço,\nNuno\n\n"
     "---------- Forwarded message ----------\nFrom: Andreia Fonseca via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\n"
     "Hello Nuno! Can you share the contact of the developer who did your booking system?", "pt"),
    ("Porto Python Meetup", "info@meetup.example", "New event: Django in production – 12 June",
     "Porto Python Meetup has scheduled a new event at UPTEC. Talks, pizza and drinks. RSVP on the event page, and feel free to share it "
     "on LinkedIn.", "en"),
    ("Javier Roldán", "javier@bodegasconectadas.example.es", "Presupuesto plataforma B2B",
     "Hola Alex,\n\nte escribí también por LinkedIn. Te adjunto el documento de alcance de la plataforma de pedidos. ¿Podrías mandarnos un "
     "presupuesto orientativo antes del día 20?\n\nUn saludo,\nJavier", "es"),
    ("UPTEC Cowork", "comunidade@uptec-cowork.example.pt", "Heads-up: fake LinkedIn messages with \"signed contracts\"",
     "Hi everyone,\n\nseveral members got mails that look like LinkedIn messages with a \"signed contract\" or a \"pending client payment\" "
     "link. They are phishing. Don't sign in from those links, open LinkedIn yourself instead.\n\nThe UPTEC Cowork team", "en"),
    ("PyCon Italia", "info@pycon-italia.example.it", "Call for proposals aperta fino al 15 gennaio",
     "Ciao Alex,\n\nla call for proposals di PyCon Italia è aperta. Talk da 30 o 45 minuti, workshop da 4 ore. Segui gli aggiornamenti "
     "anche sulla nostra pagina LinkedIn.", "it"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({_p[2] for _p in PEOPLE}) == len(PEOPLE)
assert set(ERAS) <= {_p[2] for _p in PEOPLE}

HEADER = [f"# mailbot development corpus dev150. Generated by scripts/make_corpus_dev150.py (seed {SEED}); do not edit by hand.",
          "# Alex as a freelance software developer in Porto with clients in France and Spain: buyers and agencies with projects, "
          "body-shopping agencies, dev-tool, course and accounting sellers, recruiters, peers passing on work, crypto and fake-job scams; "
          "French, Spanish, English from Portuguese speakers, some Italian. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev150", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
