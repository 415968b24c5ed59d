#!/usr/bin/env python3
"""Write mailbot's dev166 corpus: tests/corpus/dev166/*.eml + expected.toml.

The angle: March and April 2023 of the user Alex, founder of a small architecture studio in
Lisbon that also sells its services. Their LinkedIn world: private clients and developers
asking for a quote or a first meeting (buyers, good), BIM, rendering and point-cloud software
vendors, pay-to-enter architecture competitions, award schemes and "featured practice"
books, interns and young architects applying, peers sharing site experience and details,
a contractor who turns rude after his bid is turned down, endorse-me-back, bait and switch
by invitation and by InMail, hostility after an ignored invitation, re-invites of people
already known as bad or ugly. People write in European and Brazilian Portuguese, in English
written by Brazilian and Spanish speakers, in Spanish and in French. LinkedIn's own wording
is mostly English, sometimes Spanish or French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; the skills, job titles, headlines, cities and spoof pitches are
swapped for this world in this process only. All mail is in the current layout and falls in
March and April 2023. Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev166.py              # writes tests/corpus/dev166
    python scripts/make_corpus_dev166.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20230317

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, retitle_other, writer_adder  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2023, 3, 1, 7, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2023, 4, 29, 19, 0, tzinfo=timezone.utc)

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


# ------------------------------------------------------------------ a small architecture studio in Lisbon (this process only)
RHEADLINE = "Founder & Principal Architect | Estúdio Morgan Arquitectura, Lisboa"
SKILLS = {
    "en": ["Architecture", "Architectural Design", "Revit", "Building Renovation", "Sustainable Design", "Interior Architecture"],
    "de": ["Architektur", "Entwurf", "Revit", "Sanierung", "Nachhaltiges Bauen"],
    "fr": ["Architecture", "Conception architecturale", "Revit", "Réhabilitation", "Architecture durable"],
    "es": ["Arquitectura", "Diseño arquitectónico", "Revit", "Rehabilitación de edificios", "Diseño sostenible"],
    "it": ["Architettura", "Progettazione architettonica", "Revit", "Ristrutturazione", "Progettazione sostenibile"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE
mc.LANGS[:] = ["en", "en", "es", "en", "fr"]
mc.CITY["en"] = ["Lisbon", "Porto", "London", "São Paulo", "Rotterdam", "Dublin"]
mc.CITY["es"] = ["Madrid", "Sevilla", "Vigo", "Barcelona", "Badajoz", "Valencia"]
mc.CITY["fr"] = ["Paris", "Lyon", "Bordeaux", "Toulouse", "Marseille", "Genève"]
mc.JOBS[:] = [("Project Architect (Revit)", "Aires Mateus e Associados"), ("Arquitecto Sénior – Reabilitação", "Promontório"),
              ("Design Lead, Hospitality", "Saraiva + Associados"), ("Architecte chef de projet", "Atelier Lumen"),
              ("Arquitecto/a coordinador/a de obra", "Estudio Cano Lasso")]
mc.COMPANIES["good"] = ["Câmara Municipal de Lisboa", "FAUL", "Ordem dos Arquitectos", "Atelier Rua Nova", "Estudio Barrio", "Construtora Lusa",
                        "Quinta do Vale Hotels", "Casas da Graça"]
mc.COMPANIES["sales"] = ["RenderNest", "BIMforge", "ScanPoint 3D", "Global Architecture Prize", "ArchiAwards Europe", "SpecLeads", "FacadePro"]
mc.COMPANIES["pretext"] = ["Young Architects Circle", "ArchiAwards Europe", "BIMforge", "RenderNest"]
mc.HEADLINES["good"] = ["Architect at {co}", "Project Manager | {co}", "Arquitecta | {co}", "Structural Engineer at {co}", "Master's student in Architecture, {co}",
                        "Talent Partner at {co}"]
mc.HEADLINES["sales"] = ["Account Executive, AEC | {co}", "Partnerships Manager at {co}", "Founder & CEO at {co}", "Helping architects win more clients | {co}",
                         "Business Development, Southern Europe | {co}"]
mc.HEADLINES["pretext"] = ["Community Lead | Young Architects Circle", "Curator | {co}", "Connecting architects across Europe", "Architecture enthusiast & networker"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your project has been shortlisted. Sign in to confirm your entry and pay the jury fee before Friday.",
           "Hello {first}, I shared the tender drawings for the Alfama hotel with you. Log in to download them."],
    "de": ["Hallo {first}, Ihr Projekt steht auf der Shortlist. Bitte melden Sie sich an, um die Teilnahmegebühr zu zahlen.",
           "Hallo {first}, ich habe Ihnen die Ausschreibungspläne freigegeben. Bitte hier anmelden."],
    "fr": ["Bonjour {first}, votre projet est présélectionné. Connectez-vous pour confirmer votre participation et régler les frais de jury.",
           "Bonjour {first}, je vous ai partagé les plans de l'appel d'offres. Connectez-vous pour les télécharger."],
    "es": ["Hola {first}, tu proyecto ha sido preseleccionado. Inicia sesión para confirmar la inscripción y abonar la cuota del jurado.",
           "Hola {first}, te he compartido los planos de la licitación del hotel. Inicia sesión para descargarlos."],
    "it": ["Ciao {first}, il tuo progetto è in shortlist. Accedi per confermare l'iscrizione e pagare la quota.",
           "Ciao {first}, ti ho condiviso le tavole del bando. Accedi per scaricarle."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("{n} new jobs for \"principal architect\"", "Your job alert for architect in {city}"),
           "news": "Lisbon's rent crunch: can architects design their way out?", "group": "Top conversations in Architects in Portugal",
           "newsletter": "Site Notes: lime mortar, pombalino walls and other things nobody teaches"},
    "es": {"job": ("{n} empleos nuevos para «arquitecto director»", "Tu alerta de empleo para arquitecto en {city}"),
           "news": "La vivienda asequible vuelve a los concursos públicos", "group": "Conversaciones destacadas en Arquitectos de la Península",
           "newsletter": "Cuaderno de obra: rehabilitar con madera"},
    "fr": {"job": ("{n} nouvelles offres pour « architecte associé »", "Votre alerte emploi pour architecte à {city}"),
           "news": "Rénovation énergétique : les architectes en première ligne", "group": "Meilleures discussions dans Architectes francophones",
           "newsletter": "Carnets de chantier : la pierre de Lisbonne"},
})

PEOPLE: list[tuple] = []
WRITERS: dict[str, str] = {}
P = writer_adder(PEOPLE, WRITERS)


# =============================================================== good_invitation (buyers, applicants, peers, free events)
P("good_invitation", "en", "Mariana Teixeira", "Gestora de produto | Farfetch", "Lisboa",
  ("inv", "Olá Alex, comprámos um T3 num prédio pombalino na Graça e precisamos de projeto de remodelação e de tratar do licenciamento. "
          "Uma amiga recomendou o vosso estúdio. Podemos falar para lhe pedir um orçamento?"),
  ("rem",), nl="pt")
P("good_invitation", "en", "Rafael Guimarães", "Real estate developer | Guimarães & Filhos Incorporações", "São Paulo",
  ("inv", "Hi Alex, I am developing 12 short stay apartments in Santos-o-Velho for a brazilian fund and we need an architect for design and licensing. "
          "Your Janelas Verdes building was recommended to me. Can we talk about a fee proposal?"))
P("good_invitation", "en", "Inês Pacheco", "Finalista de Mestrado Integrado em Arquitetura | FAUL", "Lisboa",
  ("inv", "Bom dia! Sou finalista na FAUL e procuro estágio para a Ordem a partir de setembro. Acompanho há algum tempo o vosso trabalho de reabilitação "
          "em Alfama. Posso enviar-lhe o meu portfólio? Obrigada"),
  ("rem",), nl="pt")
P("good_invitation", "es", "Lucía Ferrero", "Arquitecta | Rehabilitación de vivienda histórica", "Sevilla",
  ("inv", "Hola Alex, vi tu post sobre el refuerzo de forjados de madera en Alfama. Aquí en Sevilla tenemos un caso casi igual en una casa de vecinos "
          "del XVIII. ¿Te puedo hacer un par de preguntas sobre los conectores que usasteis?"))
P("good_invitation", "fr", "Thomas Girard", "Architecte DPLG | Coordinateur formation, Maison de l'Architecture", "Bordeaux",
  ("inv", "Bonjour Alex, le 14 avril nous organisons une journée d'étude gratuite sur le réemploi des matériaux, validée en formation continue. "
          "Votre chantier de la rua da Rosa nous intéresse beaucoup : accepteriez-vous de venir le présenter ?"))
P("good_invitation", "en", "Camila Duarte", "Arquiteta e Urbanista | Revit · Enscape", "Lisboa",
  ("inv", "Oi Alex, tudo bem? Sou arquiteta formada pela USP, me mudei pra Lisboa em janeiro e o registro na Ordem já está em andamento. "
          "Trabalho com Revit há 5 anos. Vocês estão contratando? Adoraria mandar meu portfólio"),
  nl="pt")
P("good_invitation", "en", "Pablo Iriarte", "Ingeniero de estructuras | Timber structures", "Vigo",
  ("inv", "Hello Alex, Joana Lobo gave me your name. I am structural engineer in Vigo, we did the timber roof of her project in Porto. "
          "She told me you look for somebody for the Chiado building, I can share with you our calculations from her job."))
P("good_invitation", "en", "Helena Quaresma", "Diretora | Casas da Graça Alojamento Local", "Lisboa",
  ("inv", "Alex, boa tarde. Temos três frações em Alfama para transformar em alojamento local e gostávamos de receber uma proposta de honorários "
          "vossa. Conseguimos marcar uma visita ao local em abril?"),
  nl="pt")


# =============================================================== default_invitation
P("default_invitation", "en", "Diogo Antunes", "Técnico de obra", "Setúbal", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Sergio Alarcón", "Arquitecto técnico", "Badajoz", ("inv", DEFAULT))
P("default_invitation", "fr", "Manon Lefort", "Dessinatrice projeteuse", "Toulouse", ("inv", DEFAULT))
P("default_invitation", "en", "Beatriz Falcão", "Interior designer", "Cascais", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation (renders, BIM outsourcing, awards, lead gen, scanning)
P("sales_invitation", "en", "Kevin Brandt", "Partnerships | RenderNest – renders for architects", "Rotterdam",
  ("inv", "Hi Alex – we do photoreal stills and walkthroughs for small studios, 48h turnaround, from €290 per image. "
          "Could I show you our portfolio on a quick call next week?"))
P("sales_invitation", "en", "Renata Okamoto", "CEO | BIM modelling outsourcing for European studios", "Curitiba",
  ("inv", "Hello Alex! Our team in Curitiba make Revit modelling and construction documents for european offices, around 40% cheaper than local. "
          "May I send you our rates and book 15 minutes with you?"))
P("sales_invitation", "es", "Álvaro Recio", "Director | Premios Iberia de Arquitectura Emergente", "Madrid",
  ("inv", "Hola Alex, en los Premios Iberia de Arquitectura Emergente nos encantaría ver vuestra obra en la edición 2023. "
          "Inscripción early bird a 390 € hasta el 31 de marzo. ¿Te paso las bases?"))
P("sales_invitation", "fr", "Julien Masson", "Fondateur | Devis-Archi, leads qualifiés", "Lyon",
  ("inv", "Bonjour Alex, nous envoyons aux architectes des demandes de devis qualifiées de particuliers qui rénovent. Premier mois à 199 €, "
          "sans engagement. On s'appelle cette semaine ?"))
P("sales_invitation", "en", "Tiago Serrão", "Levantamentos laser scanner | ScanPoint 3D", "Porto",
  ("inv", "Boa tarde Alex. Fazemos levantamentos com laser scanner e nuvem de pontos para reabilitação, com entrega em Revit. "
          "Gostaria de lhe apresentar a nossa tabela de preços numa chamada rápida?"),
  nl="pt")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Fernanda Lacerda", "Community lead | Small Studios Lisbon", "Lisboa",
  ("inv", "Hi Alex, I'm starting a small circle of people who run small studios in Lisbon. We meet once a month over dinner to swap notes on fees, "
          "clients and burnout. Nothing formal. Would love to have you!"),
  ("msg", "Thanks for joining Alex! Quick thing, besides the circle I'm also a partner at Vantage Practice, we set up our project management platform "
          "for small studios, timesheets, invoicing, fee tracking. €79/month per seat. Could I show you a 20 min demo this week?"))
P("bait_and_switch_invitation", "es", "Martín Sosa", "Arquitecto | Rehabilitación", "Madrid",
  ("inv", "Hola Alex, arquitecto como tú, he visto tu obra en Alfama y me ha encantado. Me gustaría conectar con colegas que trabajan en rehabilitación "
          "para compartir experiencias."),
  ("msg", "Gracias por aceptar, Alex. Te cuento: además de la arquitectura, ahora asesoro a estudios con el seguro de responsabilidad civil profesional. "
          "Tengo una póliza muy competitiva para Portugal y España. ¿Te preparo un presupuesto sin compromiso?"),
  ("msg", "Alex, ¿pudiste ver lo del seguro? La tarifa promocional acaba el día 30, si me mandas la facturación del último año te lo calculo hoy mismo."))
P("bait_and_switch_invitation", "en", "Nuno Carvalhal", "Reabilitação e materiais tradicionais", "Lisboa",
  ("inv", "Olá Alex, estou a juntar um guia gratuito sobre argamassas e rebocos em edifícios pombalinos, para partilhar com arquitetos. "
          "Posso adicioná-lo à rede e mandar quando estiver pronto?"),
  ("msg", "O guia está quase! Entretanto, aproveito para dizer que represento a FacadePro em Portugal: argamassas de cal, rebocos e tintas de silicato. "
          "Posso passar pelo estúdio para apresentar a gama e deixar uma proposta para a vossa próxima obra?"),
  nl="pt")
P("bait_and_switch_invitation", "en", "Olivia Hartmann", "Curator | Emerging Practices Europe", "London",
  ("inv", "Hello Alex, I curate a free online showcase of small European practices: a page with three projects and a short interview, no cost. "
          "I'd love to include your studio this spring."),
  ("msg", "Great news Alex, your studio passed our editorial review! To publish your page we offer the Featured Practice package: €650 + VAT, "
          "which includes a spread in our printed annual. Shall I send the invoice to the studio?"),
  ("msg", "Hi Alex, just chasing this, we close the printed annual on Friday and I'd hate for your studio to miss it. The early rate of €650 ends then."))
P("bait_and_switch_invitation", "fr", "Hélène Vasseur", "Architecte | Doctorante en histoire de l'architecture", "Paris",
  ("inv", "Bonjour Alex, je prépare un article sur les petites agences d'architecture au Portugal et j'aurais deux ou trois questions à vous poser, "
          "entre confrères. Merci d'avance !"),
  ("msg", "Merci d'avoir accepté ! Je vous avoue que je travaille aussi chez BIMforge, une plateforme de gestion des maquettes BIM pour les petites agences. "
          "Seriez-vous disponible pour une démo de 30 minutes ? Je peux vous offrir le premier trimestre."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Gustavo Pimentel", "Editor | Iberian Architecture Yearbook", "Porto",
  ("inm", "Your Alfama project in our 2023 yearbook", "Hi Alex, our editorial team selected your Alfama rehab for the 2023 Iberian Architecture Yearbook. "
          "There is no cost to be featured, we just need photos and a short text until April 10."),
  ("inm", "Next steps for your feature", "Dear Alex, thanks for the photos. To confirm the double-page spread we ask a contribution of €1.200 "
          "for layout, printing and distribution. We can invoice the studio directly, 50% now and 50% on publication."))
P("bait_and_switch_inmail", "es", "Carmen Villalba", "Investigación de mercado | Sector AEC", "Barcelona",
  ("inm", "Estudio sobre honorarios 2023", "Hola Alex, estamos haciendo un estudio gratuito sobre honorarios de arquitectura en España y Portugal. "
          "Son 5 preguntas y os enviamos los resultados completos. ¿Te animas?"),
  ("inm", "Tus resultados + una propuesta", "Gracias por responder, Alex. Viendo tus respuestas, creo que SpecLeads os vendría muy bien: "
          "os conseguimos entre 8 y 12 clientes cualificados al mes por 349 €/mes. ¿Hacemos una llamada de 15 minutos?"))
P("bait_and_switch_inmail", "fr", "Étienne Roux", "Délégué général | Prix Jeunes Architectes Méditerranée", "Marseille",
  ("inm", "Invitation à rejoindre notre jury", "Bonjour Alex, le comité souhaiterait vous inviter à siéger au jury du Prix Jeunes Architectes "
          "Méditerranée 2023. Votre regard sur la réhabilitation serait précieux."),
  ("inm", "Jury : finalisation de votre participation", "Bonjour Alex, pour finaliser votre place dans le jury, les frais de dossier s'élèvent à 280 €. "
          "Votre agence peut aussi concourir dans la catégorie Réhabilitation au tarif préférentiel de 450 €. Le lien de paiement est ci-dessous."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Ricardo Moura", "Arquiteto | Revit", "Amadora",
  ("end",), ("end",),
  ("msg", "Alex, validei-te em {skill} e mais umas coisas. Consegues retribuir em Revit e Reabilitação? Estou a concorrer a uma vaga na Câmara "
          "e o perfil conta. Abraço!"),
  nl="pt")
P("endorse_me_back", "en", "Daniela Quintero", "Interior designer | Looking for opportunities in Lisbon", "Lisboa",
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill} 😊 could you endorse me back for Interior Design and SketchUp? I'm getting my profile ready to find job here, "
          "thanks a lot!!"))
P("endorse_me_back", "fr", "Bruno Lemaire", "Architecte d'intérieur", "Nantes",
  ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill}. Tu pourrais me rendre la pareille pour Architecture d'intérieur ? Ça aide vraiment pour le référencement. Merci !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Paulo Henrique Barros", "Empreiteiro | Reformas e acabamentos", "Odivelas",
  ("inv", "Alex, faço reformas completas em Lisboa, equipe própria, preço justo. Bora conectar pra fazer parceria nas suas obras?"),
  ("inm", "??", "Duas semanas e você nem pra aceitar o convite. Arquiteto de Lisboa acha que é melhor que todo mundo né. Falta de educação, viu.", (6, 12)),
  nl="pt")
P("hostility_after_decline", "es", "Gonzalo Arce", "Gestión integral de reformas", "Valencia",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Sin respuesta", "Te invité dos veces y ni contestas. Luego os quejáis de que no hay obra. Muy poco profesional por tu parte, la verdad."))
P("hostility_after_decline", "en", "Vítor Lousada", "Arquiteto", "Lisboa",
  ("inv", "Olá, somos colegas de profissão, faz sentido estarmos ligados."),
  ("inm", "Curioso", "Não aceita convites de colegas? Está explicado porque é que esse estúdio não sai da cepa torta. Arrogância não paga contas.", (5, 9)),
  nl="pt")
P("hostility_after_decline", "en", "Greg Tanner", "Sales Director, Southern Europe | SpecLeads", "Dublin",
  ("inv", "Alex, we help architecture practices fill their pipeline with qualified renovation leads. Worth a 10 minute chat?"),
  ("rem",),
  ("inm", "Manners", "Ignoring people is a choice I guess. No wonder small studios struggle, you can't even be bothered to click a button. Best of luck, you'll need it."))


# =============================================================== hostility_connection (the contractor after a rejected bid, a vendor)
P("hostility_connection", "en", "Jorge Batalha", "Administrador | Batalha Construções Lda.", "Loures",
  ("msg", "Boa tarde Alex, segue o nosso orçamento para a empreitada da Rua dos Remédios: 184.000 € + IVA, prazo de 7 meses. "
          "Fazemos um desconto de 3% se adjudicarem até dia 15. Fico a aguardar."),
  ("msg", "Então escolheram a outra construtora? Depois de eu ir lá três vezes medir tudo de borla. Vocês arquitetos não percebem nada de obra, "
          "desenham bonecos e quem se lixa somos nós. Uma vergonha, nunca mais entro num concurso vosso.", (6, 12)),
  nl="pt")
P("hostility_connection", "en", "Marcus Reilly", "Account Manager | RenderNest", "Rotterdam",
  ("msg", "Hi Alex, following up from the Archi Summit: our spring offer is 3 exterior renders for €690. Want me to hold a slot for your Graça project?"),
  ("msg", "Alex, any thoughts on the render offer? Slots are filling fast."),
  ("msg", "Three messages and not one word back. Honestly that's just rude. I took time to prepare something for you and you can't even say no thanks."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Mark Jennings", "Regional Sales Lead | BIMforge", "London",
  ("msg", "Hi Alex, hope the studio is busy! BIMforge just launched clash detection for Revit models on the cloud, 30% off for practices under 10 people. "
          "Fancy a quick demo?"),
  ("msg", "Alex, circling back: the 30% ends on the 31st. I can set up a trial workspace today if you send me your team's emails."),
  ("msg", "Last nudge from me 🙂 we're also bundling the rendering add-on free for the first year. 15 minutes Thursday?"))
P("connection_only_pitches", "en", "Letícia Amaral", "Marketing para arquitetos | Instagram · Portfólio", "Lisboa",
  ("msg", "Oi Alex! Vi que o Instagram do estúdio está parado desde novembro 😬 Faço gestão de redes só pra escritórios de arquitetura, "
          "pacote de 12 posts por mês a 450 €. Quer que eu mande umas ideias?"),
  ("msg", "Alex, montei um mini plano pro seu perfil, posso te mostrar numa call de 20 min? Esse mês tenho só mais duas vagas."),
  nl="pt")
P("connection_only_pitches", "es", "Raúl Montenegro", "Key Account | Mobiliario contract", "Valencia",
  ("msg", "Buenos días Alex, fabricamos mobiliario a medida para hoteles y apartamentos turísticos. Tenemos tarifa especial para prescriptores. "
          "¿Te envío catálogo y te visito en Lisboa?"),
  ("msg", "Hola de nuevo, estaré en Lisboa la semana del 17. ¿Te viene bien un café para enseñarte muestras y la tarifa de prescriptor?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Patrícia Vaz", "Comercial | Azulejaria e cerâmica", "Aveiro",
  ("msg", "Olá Alex, temos nova coleção de azulejo de padrão feita à mão, ideal para reabilitação. Posso enviar amostras e a tabela de preços para arquitetos?"),
  nl="pt")
P("single_pitch", "fr", "Hugo Delcourt", "Business Developer | Archiplan SaaS", "Lille",
  ("msg", "Bonjour Alex, Archiplan permet de suivre les honoraires et le temps passé par projet, pensé pour les agences de moins de 15 personnes. "
          "Je vous propose un essai gratuit et une démo de 20 minutes ?"))
P("single_pitch", "en", "Aiden Walsh", "Community Manager | Lisbon Creative Hub coworking", "Lisboa",
  ("msg", "Hey Alex, we have two studio rooms opening in Marvila in May, ideal for a small architecture team. Can I book you a tour and send the pricing?"))


# =============================================================== connection_brings_value (peers sharing site experience, referrals)
P("connection_brings_value", "en", "Joana Lobo", "Arquiteta | Atelier Rua Nova", "Porto",
  ("msg", "Alex, como prometido, mando-te os pormenores do reforço das paredes de frontal que fizemos na Rua das Flores, com as fotos da obra. "
          "Usa à vontade no Chiado. Cuidado com o tarugamento, foi onde perdemos mais tempo."),
  ("msg", "Viste o decreto do Simplex urbanístico? Fiz um resumo de duas páginas do que muda nos licenciamentos a partir de março, está na pasta partilhada. "
          "Se quiseres discutimos ao telefone."),
  nl="pt")
P("connection_brings_value", "en", "Rodrigo Sampaio", "Arquiteto | Sampaio Studio", "Rio de Janeiro",
  ("end",),
  ("msg", "Hey Alex, sharing some site experience since you asked about hydraulic lime: on our Santa Teresa house the NHL 5 cracked on the old brick, "
          "we redid it with NHL 3.5 and it was fine. Test panels first! Photos attached in the drive link."))
P("connection_brings_value", "es", "Elena Moya", "Arquitecta | Vocal de cultura, colegio de arquitectos", "Madrid",
  ("msg", "Hola Alex, el 27 de abril hacemos una mesa redonda gratuita sobre rehabilitación de vivienda obrera, con visita a obra después. "
          "Pensé en ti por lo de Alfama. Si vienes te guardo sitio, y si quieres hablar diez minutos, mejor aún."))
P("connection_brings_value", "fr", "Mathilde Roche", "Architecte associée | Atelier Roche Pereira", "Genève",
  ("msg", "Bonjour Alex, une amie genevoise vient d'acheter une maison à Sintra et cherche un architecte pour la rénover. Je lui ai donné ton nom, "
          "elle s'appelle Anne Keller, elle devrait t'écrire cette semaine. Bonne continuation !"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Sarah Okafor", "Talent Partner | Quinta do Vale Hotels", "Lisboa",
  ("inm", "Head of Design – hotel refurbishments, Lisbon", "Hi Alex, we're hiring a Head of Design to lead the refurbishment of our four Lisbon hotels "
          "(permanent, hybrid, €75–90k). Your rehab work in Alfama stood out. Would you be open to a confidential chat?"))
P("stranger_inmail_recruiter", "en", "Marta Esteves", "Coordenadora do Mestrado em Arquitetura | Universidade Lusófona", "Lisboa",
  ("inm", "Docência – Projeto III, ano letivo 2023/24", "Cara Alex, estamos a constituir a equipa docente de Projeto III para o próximo ano letivo, "
          "seis horas semanais, contrato de professor convidado. O seu nome surgiu numa reunião do departamento. Teria disponibilidade para conversarmos?"),
  nl="pt")
P("stranger_inmail_recruiter", "es", "Ignacio Bravo", "Headhunter | Arquitectura e ingeniería", "Madrid",
  ("inm", "Arquitecto/a director/a de proyectos – Madrid", "Hola Alex, llevo la búsqueda de un director de proyectos de rehabilitación para un estudio "
          "de 40 personas en Madrid. Salario entre 60 y 70k más variable. ¿Te interesaría saber más o conoces a alguien?"))


# =============================================================== stranger_inmail_sales (pay-to-enter competitions, software)
P("stranger_inmail_sales", "en", "Daniel Weiss", "Awards Director | Global Architecture Prize", "London",
  ("inm", "Entries close 15 April – Global Architecture Prize 2023", "Dear Alex, there's still time to enter the Global Architecture Prize 2023. "
          "Winners get international press coverage. Entry fee €420 per project, €350 for a second project."),
  ("inm", "Last call: 48 hours left", "Alex, only 48 hours to submit. Use code LISBOA23 for 10% off your entry fee."))
P("stranger_inmail_sales", "en", "Priscila Rocha", "Executiva de contas | Revenda autorizada de software BIM", "Lisboa",
  ("inm", "Licenças Revit e Enscape com desconto", "Olá Alex, somos revenda autorizada e temos condições especiais para gabinetes pequenos: Revit + Enscape "
          "com 25% de desconto no primeiro ano. Posso enviar uma proposta?"),
  nl="pt")
P("stranger_inmail_sales", "fr", "Yann Kervella", "Account Executive | CRM pour architectes", "Rennes",
  ("inm", "Vos prospects, enfin organisés", "Bonjour Alex, notre CRM aide les agences d'architecture à suivre leurs devis et relancer leurs clients. "
          "Démo de 15 min cette semaine ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Henrique Soares", "Engenheiro civil | Reabilitação estrutural", "Lisboa",
  ("inv", "Olá Alex, também trabalho em pombalinos e gostava de trocar experiências de obra. Tenho os ensaios de carga que fizemos na Baixa, "
          "se quiser comparar com os seus."),
  ("msg", "Como combinado, aqui vão os relatórios dos ensaios de carga da Rua dos Fanqueiros. O mais útil é a tabela da página 12, "
          "comparação entre pavimentos reforçados e não reforçados."),
  ("msg", "Alex, entretanto abri a minha própria empresa de fiscalização de obra. Posso enviar-lhe a nossa proposta de avença mensal? "
          "Para estúdios como o seu fazemos preço especial."),
  nl="pt")
P("good_turns_ugly", "en", "Valeria Mondragón", "Arquitecta | Sustainability & passive house", "Lisboa",
  ("inv", "Hi Alex, I'm a spanish architect just moved to Lisbon, I work on passive house renovations. Would be great to know other people doing "
          "retrofit here, I'm happy to share the PHPP templates I use."),
  ("msg", "Here are the PHPP templates as promised, with the Lisbon climate file already loaded. Ping me if something does not work!"),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill} 🙂 could you please endorse me for Passive House and Energy Efficiency? It would help me a lot now."))
P("good_turns_ugly", "fr", "Antoine Berger", "Architecte | Conférencier", "Lyon",
  ("inv", "Bonjour Alex, je monte une visite gratuite des chantiers de réhabilitation de la Croix-Rousse pour des architectes étrangers le 18 mars. "
          "Il reste trois places, ça vous dirait ?"),
  ("msg", "Ravi que vous puissiez venir. Voici le programme et le plan d'accès, rendez-vous à 9 h place de la Croix-Rousse."),
  ("msg", "Merci encore pour la visite ! Petite parenthèse : je distribue aussi les menuiseries bois-alu Lumen en Portugal. "
          "Je peux vous faire un chiffrage pour le projet de la Graça ?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Lucas Ferraz", "Sales | Renders & VR for architects", "Florianópolis",
  ("inm", "VR walkthroughs for your clients", "Hi Alex, we make VR tours from your Revit model so clients can walk the apartment before the works. "
          "Starting at €900 per project. Can I show you a demo?"),
  ("inv", "Hi Alex, really liked your post about the Graça apartment, the light in the kitchen is amazing. Would be nice to connect!", (14, 22)))
P("reinvite_known_bad", "es", "Marisol Cabrera", "Comercial | Paneles acústicos", "Zaragoza",
  ("inv", "Hola Alex, fabricamos paneles acústicos de madera para restaurantes y oficinas. ¿Te puedo enviar el catálogo y la tarifa para arquitectos?"),
  ("inv", "Hola Alex, coincidimos en la feria de Construmat, me encantaría seguir en contacto."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Fábio Gouveia", "Construção e remodelações", "Almada",
  ("inv", DEFAULT),
  ("inm", "Resposta", "Mandei convite há semanas. Vocês arquitetos ou são muito ocupados ou muito convencidos. Fica a lição.", (5, 9)),
  ("inv", "Olá Alex, desculpe o tom da outra mensagem, dia mau. Tenho equipa disponível para obras em maio, gostava de ficar em contacto."),
  nl="pt")
P("reinvite_known_ugly", "en", "Simon Clarke", "Founder | Architects' Growth Network", "Manchester",
  ("inm", "A quick question from a fellow practitioner", "Hi Alex, I ran a small practice for 12 years. I'm collecting stories from studio founders "
          "about how they find clients, for a free report. Could you share yours?"),
  ("inm", "Your growth plan", "Thanks Alex. Based on what you said, my 12-week coaching programme for studio founders would be ideal. "
          "It's £1,800, places are limited. Shall we book a call?"),
  ("inv", "Alex, would be great to stay connected, I share a lot of free content for architects."))


# =============================================================== user_invited_pitch_once / twice
P("user_invited_pitch_once", "en", "Filipa Mendonça", "Fotografia de arquitetura", "Lisboa",
  ("acc",),
  ("msg", "Obrigada por me adicionar, Alex! Faço fotografia de arquitetura e interiores, pacote de sessão + 20 fotos editadas por 480 €. "
          "Quando acabarem a Graça, posso mandar proposta?"),
  nl="pt")
P("user_invited_pitch_once", "es", "Jaime Ortiz", "Director comercial | Carpintería de madera", "Pontevedra",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Hacemos carpintería exterior de madera para rehabilitación, también en Lisboa. ¿Me pasas planos y te preparo un presupuesto?"))
P("user_invited_pitch_twice", "en", "Carlos Eduardo Lins", "Director | BIM outsourcing", "Recife",
  ("acc",),
  ("msg", "Thanks for connecting Alex! We are a team of 15 brazilian architects doing BIM modelling for offices in Portugal. Can I send our price list?"),
  ("msg", "Hi Alex, we have availability in May for a new client, 20% off first project. Can we talk this week?"))
P("user_invited_pitch_twice", "fr", "Nathalie Brun", "Prescriptrice | Fenêtres et menuiseries", "Bordeaux",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Nous fabriquons des menuiseries aluminium à rupture de pont thermique. Puis-je vous envoyer notre documentation ?"),
  ("msg", "Bonjour Alex, je serai à Lisbonne fin avril. Un rendez-vous pour vous présenter nos nouveautés et nos prix prescripteurs ?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Sara Mota", "Engenheira geotécnica", "Lisboa",
  ("acc",),
  ("msg", "Olá Alex, obrigada pelo convite. Já agora: o prédio da Rua dos Remédios tem o mesmo aterro que a obra da minha equipa em 2021. "
          "Posso mandar-te o relatório geotécnico que fizemos, poupa-te umas sondagens."),
  nl="pt")
P("user_invited_value", "es", "Andrés Pizarro", "Arquitecto | Profesor, ETSAM", "Madrid",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Como te dije en el congreso, te mando el enlace a nuestra guía de patologías en muros de tapial, "
          "es de libre acceso. Si algún día quieres dar una charla a mis alumnos, encantados."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Miguel Sarmento", "Arquiteto paisagista", "Évora", ("acc",))
P("acceptance_only", "es", "Laura Benítez", "Arquitecta | Urbanismo", "Sevilla", ("acc",))
P("lone_endorsement", "en", "Rui Pestana", "Ex-estagiário | Arquiteto", "Lisboa", ("end",))
P("lone_endorsement", "fr", "Chloé Marin", "Architecte", "Marseille", ("end",))


# =============================================================== more voices
P("bait_and_switch_invitation", "en", "Leonor Brito", "Arquiteta | Fundadora da comunidade Arquitetas em Rede", "Lisboa",
  ("inv", "Olá Alex! Criei uma comunidade de arquitetas e arquitetos com ateliê próprio em Lisboa, trocamos contactos de empreiteiros e dicas de "
          "licenciamento. É gratuita, junta-te a nós?"),
  ("msg", "Bem-vinda à rede! Aproveito: além da arquitetura, sou consultora de planeamento financeiro e ajudo sócios de ateliês a organizar a reforma "
          "e os investimentos. Tem 30 minutos para uma conversa sem compromisso?"),
  ("msg", "Olá Alex, ficou de pensar no planeamento financeiro. Tenho vagas na quinta e na sexta, marco-lhe uma hora?"),
  nl="pt")
P("good_invitation", "en", "Javier Lacalle", "Architecture student | Erasmus at Universidade de Lisboa", "Lisboa",
  ("inv", "Hi Alex, I'm a spanish student of architecture doing Erasmus in Lisbon until July. I would love to make my curricular internship in your studio, "
          "unpaid is fine, I can do models and Revit. Can I send you my CV?"),
  ("rem",))
P("default_invitation", "en", "André Sequeira", "Estudante", "Coimbra", ("inv", NONOTE))
P("connection_brings_value", "en", "Ana Luísa Bento", "Arquiteta | Formadora na Ordem dos Arquitectos", "Lisboa",
  ("msg", "Alex, a Ordem abriu inscrições para a oficina gratuita sobre o novo regime de licenciamento, dia 19 de abril, conta para a formação contínua. "
          "Lembrei-me de ti porque falaste disso no jantar. Vai ser curta, 3 horas."),
  nl="pt")
P("good_turns_ugly", "en", "Gabriela Nunes", "Arquiteta | Visualização 3D", "Lisboa",
  ("inv", "Hi Alex! Brazilian architect here, moved to Lisbon last year. Quick question from a colleague: how long did your licensing take at the Câmara "
          "for a small rehab? Mine is stuck for 8 months 😅"),
  ("msg", "Thank you so much for the tips about the pre-meeting with the technician, it worked!! Here is the checklist I made from your answer, maybe useful for your team."),
  ("msg", "Alex, I'm launching my online course 'Enscape for architects', 6 weeks, €390, 20% off for my connections this week. Want me to save you a spot?"))
P("single_pitch", "es", "Lorena Gil", "Delegada comercial | Pavimentos de corcho", "Sevilla",
  ("msg", "Hola Alex, te escribo porque tenéis varias rehabilitaciones en marcha. Nuestro pavimento de corcho natural es ideal para pisos antiguos. "
          "¿Te mando muestras gratis y tarifa?"))
P("stranger_inmail_sales", "en", "Oliver Grant", "Programme Manager | ArchiAwards Europe", "London",
  ("inm", "Your studio has been nominated", "Dear Alex, your practice has been nominated for the ArchiAwards Europe 2023, Small Practice of the Year. "
          "To accept the nomination please complete the entry form; the administration fee is €595."))
P("hostility_after_decline", "en", "Cristiano Melo", "Arquiteto e urbanista | Reformas residenciais", "Porto",
  ("inv", "Oi Alex, sou arquiteto no Porto e também trabalho com reabilitação. Seria ótimo trocar figurinhas sobre obra e fornecedores."),
  ("rem",),
  ("inm", "Sério?", "Mandei convite, lembrete, e nada. Quem se acha tanto deveria lembrar que Portugal é pequeno. Lamentável a sua postura, colega."),
  nl="pt")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Anne Keller", "anne.keller@bluewin.example.ch", "Maison à Sintra – recommandée par Mathilde",
     "Bonjour Alex,\n\nMathilde Roche m'a donné votre nom, je vous ai aussi écrit sur LinkedIn. Nous venons d'acheter une maison à Sintra et aimerions une première visite.\n\nBien cordialement,\nAnne Keller", "fr"),
    ("Ordem dos Arquitectos – SRS", "secretaria@oasrs.example.pt", "Quotas 2023 e formação contínua",
     "Caro/a associado/a,\n\nrelembramos o pagamento das quotas de 2023. Acompanhe as nossas sessões de formação também no LinkedIn e no Instagram.", "pt"),
    ("Construtora Lusa", "obras@construtoralusa.example.pt", "Adjudicação Rua dos Remédios – planeamento",
     "Bom dia Alex,\n\nobrigado pela adjudicação. Junto o planeamento da obra. O nosso encarregado vai adicioná-la no LinkedIn para facilitar o contacto.\n\nCumprimentos", "pt"),
    ("Archi Summit Lisboa", "hello@archisummit.example", "Your speaker badge for 20 April",
     "Hi Alex,\n\nyour speaker badge is attached. Tag us on LinkedIn when you share your talk, we'll repost it.\n\nThe Archi Summit team", "en"),
    ("Canva", "no-reply@canva.example.com", "Your design is ready to share",
     "Your design \"Estúdio Morgan – portfolio 2023\" is ready. Share it directly to LinkedIn, Instagram or Pinterest.", "en"),
    ("Lucía Ferrero", "lucia.ferrero@arq-sevilla.example.es", "Conectores forjados – fotos",
     "Hola Alex,\n\nte mandé la invitación por LinkedIn pero por si acaso te escribo aquí también. Adjunto fotos de nuestra casa de vecinos.\n\nUn abrazo,\nLucía", "es"),
    ("Google Calendar", "calendar-notification@google.example.com", "Invitation: Visita Alfama – Casas da Graça @ Tue 18 Apr 2023 10:00",
     "Helena Quaresma has invited you to: Visita Alfama. Notes: contacto via LinkedIn, trazer levantamento.", "en"),
    ("Pedro Anjos", "pedro@estudiomorgan.example.pt", "Portfólios recebidos esta semana",
     "Alex,\n\nrecebemos 6 portfólios para o estágio, dois vieram pelo LinkedIn. Deixei tudo na pasta RH.\n\nPedro", "pt"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev166 corpus. Generated by scripts/make_corpus_dev166.py (seed {SEED}); do not edit by hand.",
          "# March and April 2023 of the founder of a small architecture studio in Lisbon who sells services: clients asking for quotes, "
          "BIM and rendering vendors, pay-to-enter competitions and awards, interns and architects applying, peers sharing site experience, "
          "a rude contractor after a rejected bid; Portuguese, English by Brazilian and Spanish speakers, Spanish, French. Same format as tests/corpus/dev."]
ERAS = {s[2]: "cur" for s in PEOPLE}


class Stories166(cs.EraStories):
    """Stories inside March and April 2023: each story starts early enough for its last mail to land in the window."""

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
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev166")
    args = ap.parse_args()
    check_notes()
    c = Stories166(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(12)
    c.make_other(14)
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
