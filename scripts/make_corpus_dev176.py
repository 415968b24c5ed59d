#!/usr/bin/env python3
"""Write mailbot's dev176 corpus: tests/corpus/dev176/*.eml + expected.toml.

The angle: September to early November 2023 of the user Alex, a freelance UX designer in
Montréal who sells services too. Their LinkedIn world: agencies and startups offering paid
contracts, clients asking for a quote (buyers, good), design-course, certification and
portfolio-review sellers, invoicing, coworking, insurance and lead-generation sellers, fake
job offers that end with an "equipment cheque", peers passing on gigs they cannot take, free
meetups and templates, a client who turns rude over an invoice, endorse-me-back, bait and
switch by invitation and by InMail, hostility after an ignored invitation, and re-invites of
people already known as bad or ugly. People write in Québec French, English, Spanish of Latin
America and Spain, and Brazilian and European Portuguese. LinkedIn's own wording is French or
English, sometimes Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; the skills, job titles, headlines, cities and spoof pitches are
swapped for this world in this process only. All mail is in the current layout and falls
between 11 September and 10 November 2023. Every note was written from shared/taxonomy.md
alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev176.py              # writes tests/corpus/dev176
    python scripts/make_corpus_dev176.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20230911

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, retitle_other, writer_adder  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2023, 9, 11, 11, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2023, 11, 10, 23, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (4, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 10), "inm": (3, 10), "inv": (14, 22)})


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


# ------------------------------------------------------------------ a freelance UX designer in Montréal (this process only)
RHEADLINE = {"fr": "Designer UX/UI à la pige | Recherche utilisateur | Montréal",
             "en": "Freelance UX/UI Designer | User Research | Montréal"}
SKILLS = {
    "en": ["User Experience (UX)", "User Research", "Figma", "Interaction Design", "Prototyping", "Usability Testing"],
    "de": ["User Experience (UX)", "Nutzerforschung", "Figma", "Interaktionsdesign", "Prototyping"],
    "fr": ["Expérience utilisateur (UX)", "Recherche utilisateur", "Figma", "Design d'interaction", "Prototypage", "Tests d'utilisabilité"],
    "es": ["Experiencia de usuario (UX)", "Investigación de usuarios", "Figma", "Diseño de interacción", "Prototipado"],
    "it": ["User Experience (UX)", "Ricerca utente", "Figma", "Interaction design", "Prototipazione"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE["fr" if _l == "fr" else "en"]
mc.LANGS[:] = ["fr", "en", "fr", "en", "es"]
mc.CITY["en"] = ["Montréal", "Toronto", "Ottawa", "Vancouver", "Boston", "New York"]
mc.CITY["fr"] = ["Montréal", "Québec", "Laval", "Longueuil", "Sherbrooke", "Gatineau"]
mc.CITY["es"] = ["Ciudad de México", "Bogotá", "Buenos Aires", "Medellín", "Santiago", "Madrid"]
mc.JOBS[:] = [("Senior Product Designer (contract, 6 months)", "Lumen Bank"), ("Designer UX/UI – mandat de 4 mois", "Coopérative Horizon"),
              ("UX Researcher, Contract", "Relay Transit"), ("Concepteur·rice UX/UI", "Studio Boréal"),
              ("Product Designer – Remote (Canada)", "Tidewell Health")]
mc.COMPANIES["good"] = ["UQAM", "Studio Boréal", "Relay Transit", "Lumen Bank", "Créatech MTL", "Tidewell Health", "Coopérative Horizon",
                        "Ville de Longueuil"]
mc.COMPANIES["sales"] = ["Académie UX Pro", "InvoiceNest", "LeadFlow Design", "FreelanceFunnel", "Heatlytics", "Framekit AI", "Nido Coworking"]
mc.COMPANIES["pretext"] = ["Cercle des designers indépendants", "DesignLeaders Collective", "Fieldnote Research", "Festival Interfaces MTL"]
mc.HEADLINES["good"] = ["Designer UX chez {co}", "Product Manager | {co}", "Chargée de projets numériques, {co}", "UX Researcher at {co}",
                        "Étudiant à la maîtrise en design, {co}", "Talent Partner at {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Partnerships Manager at {co}", "Founder & CEO at {co}", "Helping freelancers land clients | {co}",
                         "Développement des affaires | {co}"]
mc.HEADLINES["pretext"] = ["Community Lead | {co}", "Connecting independent designers", "Animatrice | {co}", "Design community builder"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a client left you a 5-star review and a pending payment of $1,240. Sign in to release the funds before it expires.",
           "Hello {first}, I shared the project brief and NDA for the redesign with you. Log in with your LinkedIn password to open them."],
    "de": ["Hallo {first}, ein Kunde hat Ihnen eine Zahlung von 1.240 $ hinterlassen. Bitte melden Sie sich an, um sie freizugeben.",
           "Hallo {first}, ich habe Ihnen das Projekt-Briefing freigegeben. Bitte hier anmelden."],
    "fr": ["Bonjour {first}, un client t'a laissé un paiement en attente de 1 240 $. Connecte-toi pour le recevoir avant l'expiration.",
           "Bonjour {first}, je t'ai partagé le devis et l'entente de confidentialité du projet. Connecte-toi pour les ouvrir."],
    "es": ["Hola {first}, un cliente te dejó un pago pendiente de 1.240 USD. Inicia sesión para liberarlo antes de que venza.",
           "Hola {first}, te compartí el brief y el acuerdo de confidencialidad del proyecto. Inicia sesión para verlos."],
    "it": ["Ciao {first}, un cliente ti ha lasciato un pagamento in sospeso di 1.240 $. Accedi per riceverlo.",
           "Ciao {first}, ti ho condiviso il brief del progetto. Accedi per aprirlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("{n} new jobs for \"freelance UX designer\"", "Your job alert for product designer in {city}"),
           "news": "Canada's freelancers brace for a slower 2024", "group": "Top conversations in UX Montréal",
           "newsletter": "Field Notes: recruiting research participants without losing your mind"},
    "fr": {"job": ("{n} nouvelles offres pour « designer UX pigiste »", "Votre alerte emploi pour designer UX à {city}"),
           "news": "Les travailleurs autonomes québécois face à la hausse des taux", "group": "Meilleures discussions dans UX Québec",
           "newsletter": "Carnet de pige : facturer ses révisions sans perdre son client"},
    "es": {"job": ("{n} empleos nuevos para «diseñador UX remoto»", "Tu alerta de empleo para diseñador de producto en {city}"),
           "news": "El trabajo remoto para Norteamérica cambia el mercado del diseño en Latam", "group": "Conversaciones destacadas en UX Latam",
           "newsletter": "Microcopy en español: lo que nadie te enseña"},
})

PEOPLE: list[tuple] = []
WRITERS: dict[str, str] = {}
P = writer_adder(PEOPLE, WRITERS)


# =============================================================== good_invitation (buyers, agencies with contracts, peers, free events)
P("good_invitation", "fr", "Marie-Ève Bouchard", "Directrice des produits numériques | Coopérative Horizon", "Montréal",
  ("inv", "Bonjour Alex, on refait l'appli mobile de notre coop au printemps pis on cherche un·e designer UX à contrat pour la recherche "
          "et les maquettes. Une collègue m'a donné ton nom. Serais-tu dispo pour qu'on jase de la portée, pis que tu nous envoies une soumission?"),
  ("rem",))
P("good_invitation", "en", "Jordan Whitfield", "Design Director at Northbeam Studio", "Toronto",
  ("inv", "Hi Alex, we're a small product studio and just landed a fintech redesign that's more than our team can carry. Looking for a senior UX "
          "freelancer for ~10 weeks, remote, CAD $95/h. Saw your transit app case study. Open to a chat?"))
P("good_invitation", "fr", "Sébastien Lavoie", "Designer UI | Pigiste", "Québec",
  ("inv", "Salut Alex! Un de mes clients (une PME en tourisme à Québec) cherche quelqu'un pour un audit d'ergonomie de son site de réservation. "
          "J'ai pas le temps cet automne pis j'ai pensé à toi. Je peux vous mettre en contact si ça t'intéresse."))
P("good_invitation", "en", "Rafael Nogueira", "Product Designer | Mestrando em IHC na UFPE", "Recife",
  ("inv", "Oi Alex, tudo bem? Li seu artigo no Medium sobre testes de usabilidade com idosos e estou pesquisando algo parecido no meu mestrado. "
          "Posso te fazer duas perguntas rápidas sobre como você recrutou os participantes? Ajudaria demais."),
  ("rem",), nl="pt")
P("good_invitation", "es", "Camila Restrepo", "UX Lead | Fintech Andina", "Bogotá",
  ("inv", "Hola Alex, el 18 de octubre hacemos un meetup virtual gratuito de UX Latam sobre accesibilidad en apps bancarias. Buscamos a alguien "
          "que cuente cómo se vive la ley de accesibilidad en Canadá: 20 minutos y preguntas. ¿Te animas?"))
P("good_invitation", "fr", "Julien Pelletier", "Coordonnateur | Créatech MTL (OBNL)", "Montréal",
  ("inv", "Allo Alex, on organise des midis-conférences gratuits pour les pigistes en design dans le Mile-End. Le prochain porte sur les contrats "
          "pis la facturation, avec une avocate. J'aimerais ben t'y voir!"))
P("good_invitation", "en", "Priya Raman", "Head of Product | Tidewell Health (seed)", "Montréal",
  ("inv", "Hi Alex, we're an 8-person health startup and our clinician dashboard is basically a spreadsheet with feelings. Budget is approved "
          "for 6-8 weeks of design work. Could you send me your rates or a ballpark quote?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Kevin Bélanger", "Entrepreneur | Marketing | Web", "Laval", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Tyler Brooks", "Growth | Startups | Web3", "Toronto", ("inv", NONOTE))
P("default_invitation", "fr", "Nathalie Roy", "Gestionnaire de projets", "Sherbrooke", ("inv", NONOTE))
P("default_invitation", "es", "Andrés Villalobos", "Desarrollador web freelance", "Medellín", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Stéphanie Côté", "Fondatrice | Académie UX Pro – formations certifiantes", "Montréal",
  ("inv", "Bonjour Alex! La cohorte d'automne de notre certification UX Avancée commence le 2 octobre (12 semaines, 2 490 $). Nos pigistes "
          "certifiés facturent en moyenne 30 % de plus. Je te réserve une place à la séance d'info de jeudi?"))
P("sales_invitation", "en", "Brandon Keefe", "Portfolio Coach for Designers | 300+ designers hired", "Austin",
  ("inv", "Hey Alex, your work is solid but your case studies bury the impact. I do 1:1 portfolio teardowns ($349) that get designers past "
          "the recruiter screen. Want my booking link?"),
  ("rem",))
P("sales_invitation", "en", "Megan Ostrowski", "Account Executive | InvoiceNest – invoicing for freelancers", "Vancouver",
  ("inv", "Hi Alex, chasing late payments as a freelancer is the worst. InvoiceNest automates reminders and late fees, with GST/QST built in. "
          "Start a 14-day trial, or I can walk you through it in 15 min?"))
P("sales_invitation", "en", "Thiago Almeida", "CEO | LeadFlow Design – clientes para designers", "São Paulo",
  ("inv", "Olá Alex! A gente ajuda designers freelancers a fechar 5 a 10 reuniões qualificadas por mês com clientes dos EUA e Canadá. "
          "Mensalidade fixa e garantia. Bora marcar 20 min pra eu te mostrar?"), nl="pt")
P("sales_invitation", "es", "Valeria Quintero", "Partner Manager | Plantillas Pro UI Kits", "Ciudad de México",
  ("inv", "Hola Alex, vendemos kits de UI y sistemas de diseño listos para Figma. Con la licencia de agencia (199 USD/año) te ahorras semanas "
          "en cada proyecto. ¿Te mando el catálogo y agendamos una demo?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Alexandre Gauthier", "Fondateur | Cercle des designers indépendants du Québec", "Montréal",
  ("inv", "Salut Alex, je rassemble une douzaine de designers pigistes de Montréal pour un cercle d'entraide: on se passe les contrats "
          "qu'on peut pas prendre pis on compare nos tarifs. Rien à vendre, juste du monde qui se serre les coudes. Ça te dit?"),
  ("msg", "Content de t'avoir avec nous! Petite précision: l'accès au cercle passe par notre programme Mastermind Pigiste, 149 $ par mois, "
          "coaching de prospection inclus. Je t'envoie le lien d'inscription? Les places partent vite.", (3, 10)))
P("bait_and_switch_invitation", "en", "Derek Lansing", "Senior Design Recruiter | Brightpath Creative Staffing", "Houston",
  ("inv", "Hi Alex, we have a remote UX Designer contract with a US healthcare client: 6 months, $58/h, starting next week. "
          "Your profile is a strong match. Connect and I'll share the details."),
  ("msg", "Great news Alex, the client approved you without an interview! Before onboarding you need their approved equipment. We will mail you "
          "a cheque for $4,850: deposit it and pay our vendor for the MacBook and software licences. Please send your full name and home address today.", (2, 6)),
  ("msg", "Alex, the cheque is on its way. As soon as it's deposited, e-transfer $3,200 to the vendor the same day so your equipment ships in time for Monday.", (2, 5)))
P("bait_and_switch_invitation", "en", "Larissa Campos", "UX Designer | Comunidade Design Brasil no Canadá", "Toronto",
  ("inv", "Oi Alex! Tô montando um grupo de designers brasileiros e latinos no Canadá pra trocar dica de mercado, vaga e portfólio. Vi que você "
          "fala português, quer participar? É só gente da área ajudando gente da área."),
  ("msg", "Que bom que você entrou! Então, além do grupo eu ofereço uma mentoria de carreira pra designers no Canadá: 6 encontros por 890 CAD, "
          "e quem é do grupo tem 10% de desconto. Quer que eu te mande a proposta?"), nl="pt")
P("bait_and_switch_invitation", "fr", "Mathieu Fortin", "Associé | Agence Pixel Nord", "Québec",
  ("inv", "Bonjour Alex, question de collègue: comment tu structures tes ateliers de cocréation avec des clients du secteur public? "
          "On en a un gros en novembre pis j'aimerais pas me planter. Merci d'avance!"),
  ("msg", "Merci pour tes conseils, vraiment utiles. En passant, Pixel Nord offre maintenant le développement en marque blanche pour les pigistes: "
          "tu vends le projet complet à ton client, on code derrière, pis tu gardes 20 % de commission. On se fait un appel pour que je te présente nos forfaits?", (5, 15)))
P("bait_and_switch_invitation", "es", "Martín Echeverría", "Curador | Premios Latinoamericanos de Diseño Digital", "Buenos Aires",
  ("inv", "Hola Alex, estamos armando una guía gratuita con casos de UX de las Américas y tu proyecto de transporte público nos encantó. "
          "¿Nos dejarías incluirlo? Con crédito y link a tu portfolio, obvio."),
  ("msg", "¡Gracias por sumarte! Para publicar tu caso en la guía y postularlo a los Premios, la inscripción es de 290 USD (precio early bird "
          "hasta el viernes). Te paso el link de pago así lo dejamos cerrado."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Harold Jenkins", "HR Manager | Veltrix Medical Solutions", "Dallas",
  ("inm", "Remote UX Designer position - Veltrix Medical", "Dear Alex, after reviewing your profile our hiring team would like to offer you the "
          "position of Remote UX Designer (contract, $45/hour). The interview will be conducted by text chat on Teams. Please reply with your personal email to proceed."),
  ("inm", "Onboarding - home office equipment", "Congratulations on passing the interview. A cheque for $5,200 will be sent to you for your home-office "
          "setup. You must buy the equipment only from our certified supplier, whose payment details are attached. Kindly confirm the date you will deposit the cheque."))
P("bait_and_switch_inmail", "fr", "Chantal Dufresne", "Responsable des partenariats | Festival Interfaces MTL", "Montréal",
  ("inm", "Invitation à présenter au Festival Interfaces", "Bonjour Alex, notre comité de programmation a remarqué ton travail en accessibilité. "
          "On aimerait t'inviter à donner une conférence de 30 minutes à l'édition de novembre. Serais-tu disponible pour en discuter?"),
  ("inm", "Re: Festival Interfaces – forfait conférencier", "Super que ça t'intéresse! Pour confirmer ta plage horaire, on demande aux conférenciers "
          "de prendre le forfait Visibilité Conférencier à 1 200 $ (kiosque, logo au programme, 2 billets). Je t'envoie la facture?"))
P("bait_and_switch_inmail", "en", "Nicole Barrington", "Founder | Fieldnote Research", "Boston",
  ("inm", "Pricing study for independent designers", "Hi Alex, we're running a free study on how independent designers in Canada price research "
          "projects. Everyone who takes part gets the full report. It's a 10-minute survey. Interested?"),
  ("inm", "Your report is ready + one more thing", "Thanks for taking part! Your personalised pricing report is ready. To unlock it, along with our "
          "Rate Calculator Pro, join Fieldnote Pro for $29/month. Want the link?", (4, 12)))
P("bait_and_switch_inmail", "es", "Rodrigo Salcedo", "Director creativo | Estudio Kairós", "Guadalajara",
  ("inm", "Asesoría para una app de salud mental (ONG)", "Hola Alex, estamos rediseñando pro bono la app de una ONG de salud mental en México y "
          "buscamos a alguien senior en UX que nos asesore un par de horas. ¿Te interesaría sumarte?"),
  ("inm", "Kairós – propuesta para freelancers", "Gracias por responder, Alex. El proyecto de la ONG quedó en pausa, pero aprovecho: en Kairós "
          "ofrecemos a freelancers de Canadá nuestro equipo de desarrollo nearshore a 28 USD la hora. ¿Agendamos una llamada para mostrarte tarifas?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Olivier Tremblay", "Intégrateur web | WordPress", "Trois-Rivières",
  ("end",), ("end",),
  ("msg", "Allo Alex! Je t'ai recommandé pour {skill} pis une couple d'autres 😉 Tu pourrais me rendre la pareille pour WordPress pis SEO? "
          "Ça m'aiderait pour mon profil, je me cherche des contrats."))
P("endorse_me_back", "en", "Samantha Yu", "Visual Designer | Open to freelance", "Vancouver",
  ("end",),
  ("msg", "Hi Alex! Just endorsed you for {skill} :) If you have a sec, would you mind endorsing me for Illustration and Branding? "
          "Trying to get my profile looking legit before I reach out to agencies."))
P("endorse_me_back", "es", "Diego Arancibia", "Diseñador UI | Motion", "Santiago",
  ("end",), ("end",),
  ("msg", "Qué tal Alex, te validé {skill} hace unos días. ¿Me devolverías la mano con Motion Design y After Effects? Mil gracias, crack."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Trent Maddox", "Founder | ScaleSprint – client acquisition for creatives", "Calgary",
  ("inv", "Alex - I help freelance designers double their rates with our client acquisition system. 15 min this week?"),
  ("rem",),
  ("inm", "Ignoring me?", "Sent you a connection request and a reminder. Not even the courtesy of a no. This is exactly why most freelancers stay broke: "
          "zero professionalism, zero follow-through. Good luck with that."))
P("hostility_after_decline", "fr", "Patrick Morin", "Conseiller en sécurité financière | Travailleurs autonomes", "Laval",
  ("inv", "Bonjour Alex, en tant que travailleur autonome, as-tu pensé à ta retraite pis à ton assurance invalidité? Je peux te faire un bilan gratuit."),
  ("inm", "Manque de respect", "J'imagine que t'es trop occupé pour répondre au monde qui veut t'aider. C'est impoli d'ignorer les gens, tu sauras. "
          "Bonne chance le jour où tu vas tomber malade sans assurance."))
P("hostility_after_decline", "es", "Javier Montoya", "UX Designer Jr.", "Lima",
  ("inv", NONOTE),
  ("inm", "¿En serio?", "Vi que no aceptaste mi solicitud. Pensé que la gente de UX era más empática, pero veo que solo conectas con quien te sirve. "
          "Qué decepción, de verdad."))
P("hostility_after_decline", "en", "Bruno Tavares", "Designer | Criador de conteúdo", "Porto Alegre",
  ("inv", "Oi Alex, curto muito teu trabalho! Bora conectar?"),
  ("rem",),
  ("inm", "Sério mesmo?", "Mandei convite, mandei lembrete e nada. Você se acha importante demais pra aceitar um colega? Arrogância pura. "
          "Vou contar pro pessoal do grupo como você trata os outros."), nl="pt")


# =============================================================== hostility_connection (a client and a coach turn rude)
P("hostility_connection", "fr", "Guy Lapointe", "Propriétaire | Rénovations Lapointe & Fils", "Longueuil",
  ("msg", "Salut Alex, comme discuté au téléphone, je te confirme le mandat pour la refonte du site pis le formulaire de soumission en ligne. "
          "L'acompte de 50 % part cette semaine."),
  ("msg", "Alex, j'ai reçu ta facture finale pis je comprends pas les 6 heures de révisions en extra. On s'était entendus sur un prix. Peux-tu les enlever?", (10, 20)),
  ("msg", "Franchement, tu me refuses ça pour 6 heures? T'es ben chiant. Des pigistes comme toi y en a à la pelle, pis je vais m'assurer que tout "
          "mon réseau sache à quel point t'es pas professionnel. Attends-toi pas à être payé de sitôt.", (1, 4)))
P("hostility_connection", "en", "Craig Donnelly", "COO | Ferncastle Logistics", "Mississauga",
  ("msg", "Alex, thanks for the wireframes, the team loved them. Can you send over a quote for phase 2 (the driver app)?"),
  ("msg", "Got your invoice #0147. Net 15 doesn't work for us, we pay at 90 days like every other vendor. And I'm not paying for the extra round of testing.", (8, 16)),
  ("msg", "You're seriously chasing me after two reminders? Unbelievable. You people are so unprofessional, you'd think a freelancer would be "
          "grateful for a client our size. I'll pay when I pay, and don't expect a reference.", (4, 9)))
P("hostility_connection", "en", "Evan Sutcliffe", "Business Coach for Creatives", "Ottawa",
  ("msg", "Hey Alex, quick thought: I run a 90-day program that gets freelance designers to $15k months. Want the details?"),
  ("msg", "Fair enough that you're 'not interested'. Honestly though, that attitude is why you're still trading hours for dollars. "
          "I was trying to help, but some people prefer to stay small. Don't bother replying.", (2, 6)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Karine Lefebvre", "Courtière hypothécaire | Spécialiste travailleurs autonomes", "Laval",
  ("msg", "Bonjour Alex! Les travailleurs autonomes ont souvent de la misère à se qualifier pour une hypothèque. C'est ma spécialité: "
          "veux-tu qu'on regarde ton dossier ensemble? La première rencontre est sans frais."),
  ("msg", "Petit rappel Alex: les taux bougent vite cet automne. Je peux te faire une préqualification en 20 minutes, ça te tente?"))
P("connection_only_pitches", "en", "Ryan Castellano", "Owner | Castellano Web & SEO", "Toronto",
  ("msg", "Alex, I noticed your portfolio site loads in 6.2s and doesn't rank for 'UX designer Montreal'. We fix that for a flat $1,500. Want a free audit?"),
  ("msg", "Following up on the audit, Alex. Two spots left this month."),
  ("msg", "Last note from me: 20% off if you book by Friday."))
P("connection_only_pitches", "es", "Mariana Ugalde", "Ejecutiva de cuenta | Nido Coworking Plateau", "Montréal",
  ("msg", "¡Hola Alex! Vi que trabajas freelance en Montréal. En Nido Coworking (Plateau) tenemos escritorios fijos desde 289 $ al mes con café "
          "ilimitado. ¿Te gustaría venir a conocerlo esta semana?"),
  ("msg", "Alex, este mes el primer mes sale a mitad de precio si firmas antes del 30. ¿Te aparto un lugar?"))
P("connection_only_pitches", "fr", "Fernanda Lopes", "Consultora de marca pessoal para criativos", "Lisboa",
  ("msg", "Olá Alex! Ajudo designers a transformar o LinkedIn num canal de clientes. Tenho um programa de 8 semanas com os posts escritos por mim. "
          "Posso mostrar-lhe o plano numa chamada?"),
  ("msg", "Alex, só para lembrar que as vagas de outubro fecham na sexta. Quer que lhe envie o contrato?"), nl="pt")


# =============================================================== single_pitch
P("single_pitch", "fr", "Daniel Ouellet", "CPA | Fiscalité des travailleurs autonomes", "Montréal",
  ("msg", "Salut Alex, c'est bientôt le temps des acomptes provisionnels pis ben des pigistes les oublient. J'offre un forfait impôts + TPS/TVQ "
          "à 650 $ pour l'année. Si jamais ça t'intéresse, fais-moi signe."))
P("single_pitch", "en", "Whitney Harlow", "Partnerships | Crafted – a curated design marketplace", "Seattle",
  ("msg", "Hi Alex, we're inviting a few designers to list on Crafted. The listing fee is $99 a quarter, and clients on Crafted pay $120/h on average. "
          "Should I reserve your spot?"))
P("single_pitch", "es", "Paula Serrano", "Account Manager | UserProbe – testeo remoto", "Madrid",
  ("msg", "Hola Alex, ¿sigues reclutando a mano para tus tests de usabilidad? UserProbe te consigue participantes en 24 h en 40 países. "
          "Te regalo el primer test si hacemos una demo de 20 minutos esta semana."))


# =============================================================== connection_brings_value (peers passing gigs, clients, resources)
P("connection_brings_value", "fr", "Isabelle Gagnon", "Designer UX sénior | Pigiste", "Montréal",
  ("msg", "Hé Alex! J'ai un client en assurance qui veut une recherche utilisateur en janvier, 4-5 semaines, budget correct. Je suis bookée "
          "jusqu'en mars: je peux te référer? Je t'envoie le brief par courriel si ça te tente."),
  ("msg", "Le client m'a dit que votre appel s'est super bien passé, yé! Tiens-moi au courant."))
P("connection_brings_value", "en", "Aaron Feldman", "Product Manager | Relay Transit", "Montréal",
  ("msg", "Alex, the research you did on the trip planner got quoted in our board deck today. We're budgeting a second phase for Q1: "
          "can you hold 6 weeks in February? Happy to send a PO."))
P("connection_brings_value", "es", "Sofía Benítez", "Diseñadora de producto | Docente de UX", "Buenos Aires",
  ("msg", "Alex, te paso la plantilla de guion de entrevistas que usamos con usuarios de bancos, ya traducida al inglés y al francés. "
          "Úsala como quieras, y si la mejorás me contás 😊"))
P("connection_brings_value", "en", "Gustavo Ribeiro", "UX Lead | Nuvem Pagamentos", "São Paulo",
  ("end",),
  ("msg", "Alex, a gente vai contratar um designer freelancer pra um projeto de 3 meses com o time do Canadá, pago em CAD. Lembrei de você na hora. "
          "Posso passar teu contato pro nosso head de design?"), nl="pt")
P("connection_brings_value", "en", "Hannah Kowalczyk", "Accessibility Specialist | Public Service", "Ottawa",
  ("msg", "Hi Alex, the WCAG 2.2 working session I mentioned is free and open to freelancers this time: Nov 9, online, with a certificate of "
          "attendance. The link is on the event page on my profile. Thought of you right away."))


# =============================================================== stranger_inmail_recruiter (agencies and startups with paid contracts)
P("stranger_inmail_recruiter", "en", "Melissa Tran", "Talent Partner | Hatchway Digital", "Toronto",
  ("inm", "Contract: Senior UX Designer, 4 months, remote (Canada)", "Hi Alex, we're staffing a senior UX designer on a 4-month contract for a "
          "national retailer's checkout redesign. Remote from anywhere in Canada, $85-100/h depending on experience, starting early November. "
          "Would you be open to a quick call to see if it fits?"))
P("stranger_inmail_recruiter", "fr", "François Bergeron", "Directeur de création | Studio Boréal", "Québec",
  ("inm", "Mandat à la pige – refonte d'un portail municipal", "Bonjour Alex, on a décroché la refonte du portail citoyen d'une ville de la Rive-Sud "
          "pis il nous manque une ressource UX pour la phase de recherche (environ 120 heures, de janvier à mars, payé à l'heure). Ton nom nous a été suggéré "
          "par une collègue. Serais-tu disponible pour un café la semaine prochaine?"))
P("stranger_inmail_recruiter", "es", "Ximena Carvajal", "Head of Design | Pronto Entregas", "Ciudad de México",
  ("inm", "Proyecto freelance UX – app de entregas", "Hola Alex, buscamos a alguien de UX freelance con experiencia en apps de movilidad para un "
          "proyecto de 8 semanas. Pagamos en USD y el horario es flexible. Vi tu caso del planificador de viajes y creo que encajas muy bien. "
          "¿Podemos hablar esta semana?"))
P("stranger_inmail_recruiter", "en", "Patrícia Moreira", "Recrutadora Tech | Talentos Norte", "Lisboa",
  ("inm", "Vaga: Product Designer sénior, remoto, contrato de 6 meses", "Olá Alex, estamos a recrutar um Product Designer sénior para uma scale-up "
          "de saúde em Lisboa: 100% remoto, contrato de 6 meses renovável, 6.000 EUR por mês. O seu portefólio foi-nos indicado por um colega. "
          "Tem disponibilidade para uma conversa de 20 minutos?"), nl="pt")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jason Pruitt", "Enterprise AE | Heatlytics", "Denver",
  ("inm", "Session recordings for your client projects", "Hi Alex, agencies and freelancers use Heatlytics to show clients exactly where users "
          "rage-click. Partner pricing starts at $79/mo with white-label reports. Worth a 15-min demo?"),
  ("inm", "Re: Session recordings for your client projects", "Bumping this up, Alex. Our partner discount ends Oct 31."))
P("stranger_inmail_sales", "fr", "Mélanie Girard", "Conseillère | Formations Numérik inc.", "Montréal",
  ("inm", "Formation en IA générative pour designers", "Bonjour Alex, notre formation « L'IA générative au service du design UX » (30 h) est "
          "admissible au crédit d'impôt pour la formation. Il reste 4 places dans la cohorte de novembre, 1 150 $. Puis-je t'inscrire ou t'appeler pour t'en parler?"))
P("stranger_inmail_sales", "es", "Hernán Pizarro", "Productor | Testimonios que Venden", "Córdoba",
  ("inm", "Más clientes para tu estudio", "Hola Alex, producimos videos de testimonios de clientes para freelancers y estudios de diseño. "
          "Paquete de 3 videos por 900 USD. ¿Te mando ejemplos y te cotizo?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Véronique Paquette", "Animatrice | Communauté UX Québec", "Québec",
  ("inv", "Salut Alex! Je coordonne les 5 à 7 mensuels de la communauté UX de Québec, gratuits pis ouverts à tous. Le prochain porte sur la "
          "recherche en milieu réglementé, ton expérience en santé serait super pertinente. Tu viens?"),
  ("msg", "Merci d'être venu·e hier! Comme promis, voici les diapos pis l'enregistrement de la soirée, libre à toi de les partager."),
  ("msg", "Allo Alex, petite annonce: je lance mon service de recrutement de participants pour tests utilisateurs, 95 $ par participant. "
          "Comme tu fais beaucoup de recherche, je te fais un prix si tu réserves un bloc de 10. On s'en parle?"))
P("good_turns_ugly", "en", "Chris Abernathy", "Senior UX Researcher | Open to work", "Ottawa",
  ("inv", "Hi Alex, fellow researcher here. I put together a free Notion template for synthesis (affinity maps, tagging, insight cards) and "
          "I'm sharing it with people doing qualitative work. Want it?"),
  ("msg", "Here you go: the template plus a short Loom walking through it. No strings."),
  ("end",),
  ("msg", "Hey, I endorsed you for {skill}. Would you mind returning the favour for User Research and Usability Testing? Job hunting and every bit helps."))
P("good_turns_ugly", "es", "Natalia Guzmán", "Diseñadora UX | Mentora en ADPList", "Madrid",
  ("inv", "Hola Alex, vi tu charla sobre accesibilidad. Doy mentorías gratis en ADPList y armé una lista de recursos sobre WCAG en español "
          "que quizá te sirva con clientes latinos. ¿Te la paso?"),
  ("msg", "¡Aquí va la lista! Incluye auditorías de ejemplo y plantillas. Que la disfrutes."),
  ("msg", "Alex, te cuento que he montado mi agencia de auditorías de accesibilidad. Si tienes clientes que lo necesiten, te llevas un 10 % por cada "
          "uno que me pases, y si quieres que auditemos tu propio portfolio, el paquete empieza en 600 €. ¿Hablamos?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Greg Halvorsen", "Founder | FreelanceFunnel", "Phoenix",
  ("inm", "More clients in 30 days", "Alex, we book freelance designers 8-12 discovery calls a month on autopilot. $497/mo, cancel anytime. Quick chat?"),
  ("inv", "Hi Alex, loved your recent post on research ops. Would be great to connect!"))
P("reinvite_known_bad", "fr", "Sylvie Dion", "Représentante | Imprimerie Express Laurentides", "Saint-Jérôme",
  ("inv", "Bonjour Alex, on imprime cartes d'affaires, dépliants pis affiches à prix de gros pour les designers. Je peux t'envoyer notre grille de prix?"),
  ("inv", "Bonjour Alex, on s'est croisés au Salon des travailleurs autonomes, ça me ferait plaisir de faire partie de ton réseau."))
P("reinvite_known_bad", "es", "Esteban Ruiz", "Consultor de marketing digital", "Bogotá",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, ¿nos vimos en el UX Latam Summit? Me encantaría conectar."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Marc-André Beaulieu", "Coach d'affaires | Pigistes à 6 chiffres", "Terrebonne",
  ("inv", "Salut Alex, j'aide les pigistes créatifs à dépasser les 100 k$ par année. Un appel découverte de 30 min?"),
  ("inm", "Sans réponse…", "Pas de réponse, pas de refus poli, rien. C'est ça le problème avec les créatifs: aucune discipline d'affaires. "
          "Viens pas pleurer quand t'auras plus de contrats."),
  ("inv", "Salut Alex! On repart à zéro? J'aimerais qu'on se connecte, sans rancune."))
P("reinvite_known_ugly", "en", "Kimberly Vance", "Community Lead | DesignLeaders Collective", "Chicago",
  ("inm", "Invite: DesignLeaders roundtable", "Hi Alex, we host a monthly roundtable for senior independent designers in North America. It's "
          "peer-led and we'd love your take on pricing research. Can I save you a seat?"),
  ("inm", "DesignLeaders - membership", "So glad you're in! Roundtable seats are part of our Founding Member tier at $1,800/year. I can hold the "
          "founding price until Friday. Shall I send the invoice?"),
  ("inv", "Hi Alex, hope all is well! Would love to stay connected here."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Jean-François Leclerc", "Directeur des ventes | Espace Créatif Mile-End", "Montréal",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex! Pendant que je t'ai: on ouvre 6 bureaux fermés au 2e étage, parfaits pour un petit studio de design. "
          "Je t'organise une visite?"))
P("user_invited_pitch_once", "en", "Lauren Whitaker", "Sales Lead | Testwise", "Montréal",
  ("acc",),
  ("msg", "Thanks for connecting after the UX Camp panel! Since you run a lot of unmoderated tests, Testwise has a freelancer plan at $59/mo. "
          "Happy to set up a trial for you."))
P("user_invited_pitch_once", "es", "Rocío Almeida", "Consultora de precios para freelancers creativos", "Medellín",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Ya que hablamos de tarifas en el meetup: tengo una consultoría de 2 sesiones para subir precios "
          "(350 USD). ¿Te paso la info?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Dylan McCarthy", "Founder | Framekit AI – AI wireframes", "San Francisco",
  ("acc",),
  ("msg", "Hey Alex, thanks for the add! Framekit turns a product brief into editable Figma wireframes in 2 minutes. Want early access at the "
          "founder price ($19/mo)?"),
  ("msg", "Alex, founder pricing closes Sunday. Want me to lock it in for you?"))
P("user_invited_pitch_twice", "fr", "Annie Desrosiers", "Conseillère en assurance collective | Travailleurs autonomes", "Gatineau",
  ("acc",),
  ("msg", "Merci pour l'invitation! En passant, on a un régime d'assurance collective pour les pigistes à partir de 89 $ par mois. "
          "Veux-tu une soumission?"),
  ("msg", "Re-bonjour Alex! Je me permets de te relancer: la période d'adhésion se termine le 15. Je peux te faire la soumission au téléphone en 10 minutes."))
P("user_invited_pitch_twice", "en", "Ricardo Fonseca", "Sócio | NearCode Brasil – desenvolvimento sob demanda", "Florianópolis",
  ("acc",),
  ("msg", "Valeu por me adicionar, Alex! Nosso time desenvolve os projetos que designers vendem, com preço fechado. Posso te mandar nossa tabela?"),
  ("msg", "Oi Alex, tudo certo? Só reforçando: temos dois devs livres a partir de novembro. Marcamos uma call pra olhar um projeto teu?"), nl="pt")


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Geneviève Caron", "Professeure, design d'interaction | UQAM", "Montréal",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex! Comme je te disais au colloque, je t'envoie notre grille d'évaluation heuristique en français, libre de droits. "
          "Pis mes étudiant·es de maîtrise cherchent des pigistes pour des entrevues sur leurs méthodes de travail: 45 minutes, rémunérées 75 $. Ça te tente?"))
P("user_invited_value", "en", "Omar Haddad", "Design Manager | Lumen Bank", "Montréal",
  ("acc",),
  ("msg", "Good to connect, Alex. We're setting up a bench of vetted freelancers for overflow work next year: paid projects, usually 4-8 weeks. "
          "If that interests you, send me your rate card and I'll add you to the list."))
P("user_invited_value", "es", "Lorena Paz", "UX Writer freelance", "Ciudad de México",
  ("acc",),
  ("msg", "¡Gracias por conectar! Como te prometí, te mando mi glosario de microcopy en español neutro para apps financieras. "
          "Y si algún día necesitas UX writing para un cliente hispano, avísame y armamos equipo."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Claudine Savard", "Directrice générale | Tourisme Cantons-de-l'Est", "Sherbrooke", ("acc",))
P("acceptance_only", "en", "Ethan Morrow", "Product Owner | Relay Transit", "Montréal", ("acc",))
P("lone_endorsement", "fr", "Audrey Lévesque", "Graphiste | Illustratrice", "Rimouski", ("end",))
P("lone_endorsement", "es", "Tomás Herrera", "Diseñador UX Jr. | Bootcamp graduate", "Valparaíso", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Isabelle Gagnon", "isabelle@gagnon-ux.example.ca", "Brief – recherche utilisateur assurance (janvier)",
     "Salut Alex,\n\ncomme je t'ai écrit sur LinkedIn, voici le brief du client. Le contact s'appelle Martin, il attend ton appel.\n\nIsa", "fr"),
    ("Guy Lapointe", "guy@renovationslapointe.example.ca", "RE: Facture 2023-031",
     "Alex,\n\nj'ai vu ton rappel. Je paierai la facture moins les 6 heures, c'est à prendre ou à laisser.\n\nGuy", "fr"),
    ("Caisse Horizon – Sécurité", "securite@caissehorizon.example.ca", "Mise en garde : faux emplois et chèques pour de l'équipement",
     "Bonjour,\n\ndes fraudeurs offrent de faux contrats sur LinkedIn et envoient un chèque pour acheter de l'équipement. Ne déposez jamais un chèque "
     "d'un employeur inconnu et ne renvoyez jamais d'argent.", "fr"),
    ("Priya Raman", "priya@tidewell.example.com", "Tidewell x Alex - discovery call",
     "Hi Alex,\n\nfollowing up on my LinkedIn note: does Thursday 2pm work for a call? I'll send the dashboard screenshots before.\n\nPriya", "en"),
    ("Crafted", "hello@crafted-market.example.com", "Your profile got 41 views this week",
     "Designers who share their Crafted profile on LinkedIn get 3x more inquiries. Share yours now.", "en"),
    ("Gustavo Ribeiro", "gustavo.ribeiro@nuvem.example.com.br", "Contato do head de design",
     "Oi Alex,\n\ncomo falei no LinkedIn, segue o contato da Renata, nossa head de design. Ela vai te escrever essa semana.\n\nAbraço,\nGustavo", "pt"),
    ("UX Latam", "ponentes@uxlatam.example.org", "Meetup 18 de octubre – confirmación de ponentes",
     "Hola Alex,\n\nCamila nos contó que la contactaste por LinkedIn. Te confirmamos el horario: 19:00 (hora de Bogotá), 20 minutos más preguntas.", "es"),
    ("UX Camp Montréal", "info@uxcampmtl.example.ca", "Les billets pour UX Camp sont en vente",
     "Bonjour,\n\nla programmation est en ligne. Suivez-nous sur LinkedIn pour les annonces de conférenciers.", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev176 corpus. Generated by scripts/make_corpus_dev176.py (seed {SEED}); do not edit by hand.",
          "# September to early November 2023 of a freelance UX designer in Montréal who sells services: agencies and startups offering "
          "contracts, clients asking for quotes, course and portfolio-review sellers, fake job offers with equipment cheques, peers passing on "
          "gigs, a client rude over an invoice; Québec French, English, Spanish, Portuguese. Same format as tests/corpus/dev."]
ERAS = {s[2]: "cur" for s in PEOPLE}


class Stories176(cs.EraStories):
    """Stories inside the two months: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
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
    assert len(names) == len(set(names)), "duplicate name"
    assert set(cs.OUTCOME) == {s[0] for s in PEOPLE}, "a scenario is missing"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev176")
    args = ap.parse_args()
    check_notes()
    c = Stories176(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
    c.make_other(12)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
