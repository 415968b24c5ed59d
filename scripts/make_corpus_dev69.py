#!/usr/bin/env python3
"""Write mailbot's sixty-ninth, independent development corpus: tests/corpus/dev69/*.eml + expected.toml.

The angle: the AI era, 2024 to 2026. Alex runs customer operations (contact centres in Madrid,
Bogotá and Monterrey) and once posted candidly about pausing a chatbot pilot, which brought a
flood of AI mail: AI-tool vendors and "AI transformation" consultancies, prompt-engineering
courses and paid AI certificates, AI-written outreach that flatters Alex and reads the profile
back to them, AI "assistants" sending the follow-ups, voice-clone and deepfake offers (and a
deepfake-detection vendor), next to peers who share what really happened in their AI pilots,
researchers and journalists who ask about AI adoption, free meetups and courses, and recruiters
with real roles. English (global) and Spanish (Spain, Argentina, Mexico, Colombia, Chile, Peru,
Uruguay, Ecuador). Every scenario of the taxonomy is present.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert and
other LinkedIn wording, the headlines of spoof-only names and PYMK suggestions, and the notes
that spoofs carry are swapped for this world in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators. Every person is in the current
layout (their mail is dated 2024 to 2026).

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev69.py              # writes tests/corpus/dev69
    python scripts/make_corpus_dev69.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260969

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the AI-era world (this process only)
mc.LANGS[:] = ["en", "es", "en", "es", "en"]   # spoofs and other LinkedIn mail: English and Spanish wording
mc.L["en"]["rheadline"] = "Director of Customer Operations at Example Industries"
mc.L["es"]["rheadline"] = "Director de Operaciones de Cliente en Example Industries"
mc.L["en"]["skills"] = ["Customer Experience", "Operations Management", "Digital Transformation", "Contact Center Operations",
                        "Change Management", "Artificial Intelligence (AI)"]
mc.L["es"]["skills"] = ["Experiencia de cliente", "Gestión de operaciones", "Transformación digital", "Centros de contacto",
                        "Gestión del cambio"]
mc.JOBS[:] = [("Head of Customer Operations", "Halden Mutual"), ("Director de Operaciones", "Banco Meridiano"),
              ("AI Operations Lead", "Vanteel Logistics"), ("Gerente de Centro de Contacto", "Grupo Altavista"),
              ("VP Service Delivery", "Lisvane Utilities")]
mc.COMPANIES["good"] = ["Halden Mutual", "Lisvane Utilities", "Brackenridge Insurance", "Seguros Andinos", "Banco Meridiano",
                        "Vanteel Logistics", "Grupo Altavista", "Carrowmore Bank"]
mc.COMPANIES["sales"] = ["Nuvora AI", "PromptCraft Academy", "VoxTwin", "Replyflow AI", "Cognitia Partners", "AgentDesk",
                         "Postwise AI", "Leadflare"]
mc.HEADLINES["good"] = ["Head of Customer Service at {co}", "Contact Centre Manager | {co}", "Director of Operations, {co}",
                        "Workforce Planning Lead at {co}", "Quality & Training Manager | {co}", "Gerente de Operaciones en {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Founder & CEO @ {co} | AI agents for CX", "AI Transformation Partner, {co}",
                         "Helping ops leaders scale with AI | {co}", "Growth @ {co}"]
mc.NAMES["es"] = (mc.NAMES["es"][0] + ["Ximena", "Maximiliano", "Guadalupe", "Facundo", "Yesenia", "Camilo"],
                  mc.NAMES["es"][1] + ["Villarreal", "Zapata", "Arriagada", "Benítez", "Montoya", "Quispe"])
mc.CITY["es"] = ["Madrid", "Barcelona", "Bogotá", "Ciudad de México", "Monterrey", "Buenos Aires", "Santiago de Chile", "Lima"]
mc.CITY["en"] = ["London", "Dublin", "Manchester", "New York", "Toronto", "Singapore"]

SPOOF_NOTES = {
    "en": ["Hi {first}, our CEO left you a voice note about a confidential acquisition. Sign in to play it and confirm you can join the call today.",
           "Hello {first}, your AI Leadership certificate is ready. Log in within 48 hours to download it, or it will expire.",
           "Hi {first}, I ran your profile through our AI: you rank in the top 1% of operations leaders. Claim your free report here."],
    "es": ["Hola {first}, el consejero delegado te ha dejado una nota de voz sobre una operación confidencial. Inicia sesión para escucharla y confirma hoy.",
           "Hola {first}, tu certificado de Liderazgo en IA está listo. Descárgalo iniciando sesión en las próximas 48 horas.",
           "Hola {first}, analizamos tu perfil con IA: estás en el 1 % de los líderes de operaciones. Reclama tu informe gratuito aquí."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.PHISH_NOTES["en"] = ["Hi, I shared a document with you through LinkedIn Secure Share (summarised by AI). Sign in to view it.",
                        "Hello, a video message was recorded for you. Verify your account to watch it."]
mc.PHISH_NOTES["es"] = ["Hola, te he compartido un documento mediante LinkedIn Secure Share (resumido con IA). Inicia sesión para verlo.",
                        "Hola, tienes un mensaje de vídeo grabado para ti. Verifica tu cuenta para reproducirlo."]

mc.OTHER["en"].update(
    job=("{n} new jobs for \"head of customer operations\"", "Your job alert for head of customer operations in {city}", "View job"),
    news=("Are AI agents about to run the contact centre?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in AI in Customer Operations", "Here are the top conversations in your group this week"),
    premium=("{first}, write faster with AI in Premium", "Try Premium free for 1 month: AI writing help, InMail credits and who viewed your profile."),
    newsletter=("The Augmented Ops Letter: what we learned switching our chatbot off", "New edition of a newsletter you subscribed to"))
mc.OTHER["es"].update(
    job=("{n} empleos nuevos de «director de operaciones»", "Tu alerta de empleo de director de operaciones en {city}", "Ver empleo"),
    news=("¿Van a dirigir los agentes de IA los centros de contacto?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en IA en Operaciones de Cliente", "Estas son las conversaciones más destacadas de tu grupo"),
    premium=("{first}, escribe más rápido con la IA de Premium", "Prueba Premium gratis durante 1 mes: ayuda de IA para escribir, créditos de InMail y quién ha visto tu perfil."),
    newsletter=("Operaciones aumentadas: lo que aprendimos al apagar el chatbot", "Nueva edición de un boletín al que estás suscrito"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Naledi Mokoena", "Research Fellow, Work & Automation Lab | University of Leeds", "Leeds",
  ("inv", "Hi Alex, I'm studying how contact centres actually use generative AI day to day (not the vendor version). Your post on pausing "
          "the chatbot pilot was unusually candid. Would you do a 40-min anonymised interview? Every participant gets the final report."),
  ("rem",))
P("good_invitation", "en", "Tomasz Wierzbicki", "Director of Customer Operations | Nordhaven Energy", "Gdańsk",
  ("inv", "Alex - we're about to switch on Copilot summaries for 400 agents and I'm nervous about QA. Did you keep a human checking every "
          "AI summary in the first weeks? Glad to swap notes; I can share our handle-time data from the trial."))
P("good_invitation", "es", "Lucía Betancourt", "Redactora de Tecnología | La Crónica Económica", "Madrid",
  ("inv", "Hola Alex, preparo un reportaje sobre empresas que han frenado o replanteado sus pilotos de IA generativa. Me interesaría mucho "
          "tu visión, con cita o sin ella, como prefieras. ¿Tendrías 20 minutos la semana que viene?"),
  ("rem",))
P("good_invitation", "es", "Matías Ferreyra", "Organizador | Meetup IA Aplicada a Operaciones (BA)", "Buenos Aires",
  ("inv", "Hola Alex! Armamos un meetup online y gratuito, una vez por mes, donde gente de operaciones cuenta qué le funcionó y qué no con IA "
          "en atención al cliente. Cero vendedores, lo cuidamos mucho. ¿Te sumás? El próximo es el jueves 14."))
P("good_invitation", "es", "Priyanka Raman", "Talent Partner, Operations & Technology | Halden Mutual", "Dublin",
  ("inv", "Hi Alex, I'm hiring a Head of Service Operations & Automation at Halden Mutual in Dublin: permanent, reports to the COO, €140-160k. "
          "The team built its own LLM triage last year and now needs someone who has run real ops. Open to a chat?"),
  nl="en")
P("good_invitation", "es", "Valeria Cienfuegos", "Profesora | Escuela de Negocios, Tec de Monterrey", "Monterrey",
  ("inv", "Estimado Alex: en el Tec ofrecemos sin costo un curso corto de alfabetización en IA para supervisores de centros de contacto "
          "(6 horas, con constancia). Me comentaron que tu equipo de Monterrey podría aprovecharlo. ¿Te comparto el temario?"),
  ("rem",))
P("good_invitation", "en", "Gareth Llewellyn", "Head of Claims Operations | Brackenridge Insurance", "Cardiff",
  ("inv", "Alex, Inés Prado from the CX leaders' dinner said we should talk: we both trialled an AI voice agent for first notice of loss. "
          "Ours failed in instructive ways. Coffee next time you're in London? I'll bring our post-mortem."))


# =============================================================== default_invitation
P("default_invitation", "en", "Kieran Holt", "AI Evangelist | Prompt Engineer | Keynote Speaker | 3x Founder", "Austin",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Rodrigo Salcedo", "Consultor en IA Generativa | Transformación Digital | Speaker", "Lima",
  ("inv", NONOTE))
P("default_invitation", "en", "Aisha Bello", "Founder @ AgentForge | Building autonomous AI workers", "Lagos",
  ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Brandon Kessler", "Founder & CEO @ Nuvora AI | AI agents for customer service", "San Francisco",
  ("inv", "Hi Alex, your path from team lead to Director of Operations at Example Industries is inspiring, and your passion for customer "
          "experience really shines. At Nuvora AI we help visionary leaders deploy agents that cut cost-to-serve by 45%. Open to a quick demo?"))
P("sales_invitation", "es", "Iván Sotomayor", "Socio Director | Cognitia Partners – Estrategia e IA", "Madrid",
  ("inv", "Hola Alex, en Cognitia acompañamos a direcciones de operaciones en su hoja de ruta de IA: diagnóstico en 4 semanas, casos de uso "
          "priorizados y business case. ¿Te encaja media hora y te cuento cómo lo hicimos con una aseguradora del IBEX?"),
  ("rem",))
P("sales_invitation", "en", "Chelsea Wong", "Corporate Partnerships | PromptCraft Academy", "Singapore",
  ("inv", "Alex, most ops teams are using ChatGPT wrong 😅 Our 6-week Prompt Engineering Certificate has trained 12,000+ professionals. "
          "Group rate for Example Industries starts at $399/seat. Can I send over the brochure?"))
P("sales_invitation", "es", "Fernanda Quiroga", "Gerente Comercial Región Andina | VeriVoz – detección de deepfakes", "Bogotá",
  ("inv", "Hola Alex, el fraude con voces clonadas en centros de contacto se disparó en la región. En VeriVoz detectamos deepfakes de voz "
          "en tiempo real, integrados con su telefonía. ¿Le parece si agendamos una demo con su equipo de Bogotá?"))
P("sales_invitation", "en", "Derek Van Aswegen", "Growth @ VoxTwin | Your voice, infinitely scalable", "Cape Town",
  ("inv", "Hi Alex! Imagine your best agent, cloned. VoxTwin builds a voice clone of any employee from 3 min of audio so it can take calls "
          "24/7 in their voice. Customers honestly can't tell 😉 15 min this week?"))
P("sales_invitation", "en", "Olamide Adeyemi", "Founder | Postwise AI – LinkedIn content on autopilot", "London",
  ("inv", "Hi Alex, loved your post on the chatbot rollback! Imagine posting like that 5x a week without writing a word. Postwise learns "
          "your voice and drafts everything. First month free, then $249/mo. Want me to set you up?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Rebecca Stanfield", "Convenor | Operations Leaders' AI Circle", "Manchester",
  ("inv", "Hi Alex, I host a small, invite-only circle of operations leaders working out what GenAI means in practice. Monthly, off the "
          "record, strictly no vendors. I'd love you to join us."),
  ("msg", "Lovely to have you, Alex! Before the first session, a bit of context: my firm runs a 6-week AI Readiness Assessment for operations "
          "teams (€28k fixed fee) and several circle members have been through it. Shall I send over the scope?", (3, 12)),
  ("msg", "Hi Alex, just floating this back up. We have one assessment slot left before Q2, happy to do a 20-minute walkthrough whenever suits.", (8, 20)))
P("bait_and_switch_invitation", "es", "Nicolás Arancibia", "Operaciones, datos e IA | Santiago de Chile", "Santiago de Chile",
  ("inv", "Hola Alex, una consulta entre pares: ¿cómo están midiendo el ahorro real de los copilotos en sus equipos? Acá en Santiago nadie "
          "se pone de acuerdo y me encantaría escuchar tu experiencia."),
  ("msg", "Gracias por aceptar, Alex. Justo por eso fundamos MideIA, una plataforma que mide el ROI de la IA por agente y por proceso. "
          "¿Te agendo una demo de 20 minutos con nuestro equipo comercial esta semana?", (2, 6)))
P("bait_and_switch_invitation", "en", "Marcus Oyelaran", "AI Implementation Lead | Contact Centre Automation", "Coventry",
  ("inv", "Alex, I've written up a free 40-page playbook on rolling out AI agents in contact centres: what worked and what blew up across "
          "30 deployments. Happy to send it over, no strings attached."),
  ("msg", "Here you go, the playbook 📘 https://playbook.example/ai-agents-cc. While I have you: we're taking on 3 new clients this quarter "
          "for our done-for-you AI agent build ($45k setup + $6k/month). Worth a quick call?", (1, 5)),
  ("msg", "Hey Alex, did you get a chance to look? Two of the three slots are gone now.", (6, 15)))
P("bait_and_switch_invitation", "es", "Elena Castrillo", "Fundadora | Comunidad Operaciones 4.0", "Madrid",
  ("inv", "Hola Alex, estamos montando una comunidad sin ánimo de lucro de responsables de operaciones que están lidiando con la IA. Nos "
          "juntamos en Madrid cada dos meses, charla franca y unas cañas. ¿Te apuntas?"),
  ("rem",),
  ("msg", "¡Bienvenido, Alex! Te cuento cómo funciona: para acceder a los encuentros pedimos la membresía Premium (1.200 €/año), que incluye "
          "nuestro programa de certificación en Liderazgo con IA. ¿Te paso el enlace de pago?", (4, 10)))
P("bait_and_switch_invitation", "en", "Sienna Blackwood", "Executive Coach | AI Leadership | Keynote Speaker", "Toronto",
  ("inv", "Alex, your profile is remarkable: 15 years shaping customer operations, leading teams across Madrid, Bogotá and Monterrey, "
          "championing human-centred AI. I'd be honoured to connect and learn from your journey."),
  ("msg", "Thank you for accepting, Alex! Leaders with your vision are exactly who our Certified AI Transformation Leader programme was built "
          "for. The next cohort starts on 3 March ($2,950, 8 weeks). Shall I hold a seat for you?", (1, 4)),
  ("msg", "Hi Alex, a quick reminder that early-bird pricing ends on Friday. I'd hate for you to miss it!", (5, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Leonard Achterberg", "Independent Analyst | Future of Work & Automation", "Amsterdam",
  ("inm", "Three questions on agentic AI in service ops",
   "Hi Alex, I'm writing a report on agentic AI in customer operations and would value three short answers from a practitioner: where "
   "you've deployed it, what you stopped doing because of it, and what surprised you. I can credit you by name or keep it anonymous."),
  ("inm", "Re: Three questions on agentic AI in service ops",
   "Thanks a lot, Alex, very sharp answers. The report comes out next month. Separately, I take on a few advisory retainers for ops leaders "
   "implementing agents (from €4k/month). Would that be of interest for Example Industries?", (4, 12)))
P("bait_and_switch_inmail", "es", "Paula Etxeberria", "Coordinadora | Grupo de Trabajo de IA Responsable en Atención al Cliente", "Bilbao",
  ("inm", "Grupo de trabajo sobre IA responsable",
   "Hola Alex, coordino un grupo de trabajo abierto sobre el uso responsable de la IA en atención al cliente. Nos reunimos online una vez al "
   "mes y publicamos guías en abierto. Tu experiencia con el piloto nos vendría genial. ¿Te animas?"),
  ("inm", "Siguiente paso",
   "Gracias por responder, Alex. Para participar de forma activa en el grupo, las empresas miembro contratan nuestra auditoría de "
   "cumplimiento del Reglamento Europeo de IA (desde 9.500 €). Te adjunto la propuesta, ¿la vemos el martes?"))
P("bait_and_switch_inmail", "en", "Kwame Asante", "Head of Research | Calibra AI", "London",
  ("inm", "Free access: contact-centre AI benchmark",
   "Hi Alex, we're giving five operations teams free access to our benchmark of 2 million anonymised service calls, so you can compare AI "
   "containment and CSAT by sector. No sales, we just want practitioner feedback on it. Interested?"),
  ("inm", "Your benchmark access",
   "Great to hear you're in! To benchmark against your own calls you'd need Calibra Insights, which starts at $18k a year. I can get you 20% "
   "off if we sign this month. When's good for a demo?", (3, 9)))
P("bait_and_switch_inmail", "es", "Santiago Villalba", "Periodista freelance | Tecnología y trabajo", "Córdoba, Argentina",
  ("inm", "Nota sobre IA en atención al cliente",
   "Hola Alex, ¿cómo va? Soy periodista freelance y estoy escribiendo una nota sobre cómo las empresas usan IA en sus centros de contacto "
   "en Latinoamérica. ¿Me contás en dos o tres líneas cómo les fue con el piloto en Bogotá? Con o sin nombre, como prefieras."),
  ("inm", "Re: Nota sobre IA en atención al cliente",
   "¡Mil gracias por responder! Te cuento además que tengo una consultora que implementa bots de WhatsApp con IA para centros de contacto. "
   "Con lo que me contaste, creo que les podemos bajar bastante el costo por contacto. ¿Te mando una propuesta?", (2, 8)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Dylan Rourke", "AI Automation Consultant | Make.com & n8n", "Cork",
  ("end",), ("end",),
  ("msg", "Hey Alex! Dropped you a couple of endorsements, {skill} included, well earned. Any chance you could endorse me for AI Automation "
          "and Prompt Engineering? Trying to get them into my top 3 before my course launches. Cheers!"))
P("endorse_me_back", "es", "Ximena Robles", "Analista de Procesos | Automatización", "Ciudad de México",
  ("end",),
  ("msg", "¡Hola Alex! Te recomendé en {skill} 😊 ¿Me echas la mano validándome en «Inteligencia artificial» y «Gestión de proyectos»? "
          "Estoy aplicando a una maestría y me piden el perfil bien armado. ¡Mil gracias!"))
P("endorse_me_back", "en", "Rohan Mehta", "ML Engineer | GenAI | Open to work", "Pune",
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill}. Apparently the AI screening tools recruiters use now weigh endorsements, so I'm asking a few "
          "connections a favour: could you endorse me for Machine Learning and Generative AI? It would really help my job search."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Trevor Haskins", "AI Transformation Consultant | Speaker | Author of 'Adapt or Die'", "Phoenix",
  ("inv", "Alex, AI won't replace ops directors, but ops directors who use AI will replace those who don't. Let's connect and I'll show you "
          "how your peers are already doing it."),
  ("rem",),
  ("inm", "Noted.", "Ignored twice. Fine. Enjoy explaining to your board in 18 months why your competitors automated and you didn't. "
                    "Some people only learn when it's too late."))
P("hostility_after_decline", "es", "Adrián Pizarro", "Formador en IA Generativa | ChatGPT para empresas", "Valencia",
  ("inv", "Hola Alex, ¿conectamos? Formo equipos de empresa en IA generativa y creo que podríamos hacer cosas interesantes juntos."),
  ("inm", "Sin respuesta", "Veo que no aceptas. Así nos va en este país, con directivos que se ponen «transformación digital» en el perfil "
                           "y luego no son capaces ni de contestar a una invitación. Menuda soberbia."))
P("hostility_after_decline", "es", "Gustavo Peñaloza", "Ejecutivo de Cuentas | Agentes de voz con IA", "Medellín",
  ("inv", "Buenas tardes, señor Morgan. Le escribo porque tenemos una solución de agentes de voz con IA que puede reducir su costo por "
          "llamada en Bogotá. ¿Me acepta y le cuento?"),
  ("rem",),
  ("inm", "Cortesía", "Señor Morgan, con todo respeto: le he escrito tres veces y no se ha tomado la molestia de responder ni siquiera con un "
                      "no. Me parece una falta de educación. Así no se trata a las personas, por muy director que uno sea."))
P("hostility_after_decline", "en", "Ravi Shankar Iyer", "MSc Business Analytics student | Aston University", "Birmingham",
  ("inv", "Hi Alex, I'm a master's student writing my dissertation on generative AI adoption in contact centres. Could you spare 15 minutes "
          "for a short interview? Totally fine if not."),
  ("inm", "Dissertation interview", "I asked for 15 minutes for my research and you could not even accept a connection. Very disappointing "
                                    "attitude from a so-called leader. I will be noting in my dissertation that industry people don't "
                                    "bother to help students."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Blake Corrigan", "VP Sales | AgentDesk", "Denver",
  ("msg", "Alex, saw you're scaling the Bogotá centre. AgentDesk's AI agents resolve 60% of tier-1 tickets without a human and go live in "
          "3 weeks. Worth a 20-minute look?"),
  ("msg", "Hi Alex, this is Ava, Blake's AI assistant 🤖 Blake asked me to follow up on his note about AgentDesk. Would Tuesday at 10:00 or "
          "Wednesday at 15:00 work for a quick demo?", (4, 9)),
  ("msg", "Ok, real Blake here. Three messages and not even a 'no thanks'. Funny how the people who preach human-centred AI can't manage "
          "basic human manners. Good luck with that.", (6, 14)))
P("hostility_connection", "es", "Marisa Ocaña", "Directora | Formación Corporativa en IA", "Sevilla",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te cuento: impartimos formación in company en IA generativa para mandos intermedios, bonificable por "
          "FUNDAE. ¿Hablamos de un programa para tus supervisores?"),
  ("msg", "Alex, fuiste tú quien me envió la invitación, y cuando te escribo con una propuesta seria ni me contestas. Me parece de muy poca "
          "educación. Te elimino de mis contactos, no me hace falta gente así.", (10, 25)))
P("hostility_connection", "en", "Dominic Faulkner", "Partner | Ascend Digital – AI Transformation", "London",
  ("msg", "Alex, quick one. We're running AI transformation programmes for three of your competitors and I'd like to walk you through the "
          "roadmap template we use with them. 30 mins next week?"),
  ("msg", "I'll be blunt since polite hasn't worked: you've read both my messages. If you don't want help, say so. Ignoring people is "
          "cowardly and, frankly, beneath your title.", (7, 16)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Jasmine Pryor", "Account Executive | Synthflow CX", "Atlanta",
  ("msg", "Hi Alex, hope Q3 is treating you well! We help ops teams like yours roll out AI QA that scores 100% of calls instead of 2%. "
          "Could I grab 15 minutes to show you?"),
  ("msg", "Hi Alex, just bubbling this to the top of your inbox 🙂 (sent by Jasmine's AI assistant) Would a short demo next week work?", (3, 7)),
  ("msg", "Alex, last nudge from me: we've opened 5 pilot seats at 50% off for Q4. Want one?", (8, 18)))
P("connection_only_pitches", "es", "Tomás Echeverría", "Socio | Nexo IA Consultores", "Zaragoza",
  ("msg", "Hola Alex, ¿qué tal? Te escribo porque estamos ayudando a varias aseguradoras a desplegar copilotos de IA en sus plataformas de "
          "atención. Me encantaría enseñarte un caso en 20 minutos."),
  ("msg", "Alex, te lo reenvío por si se te pasó: tenemos una propuesta cerrada de piloto en 6 semanas por 24.000 €. ¿Te va bien una "
          "videollamada el jueves?"))
P("connection_only_pitches", "es", "Daniela Orozco", "Key Account Manager | Chatbots con IA para WhatsApp", "Guadalajara",
  ("msg", "Hola Alex, ¿cómo estás? Vi que tienen operación en Monterrey. Nuestro bot con IA para WhatsApp atiende cobranza y aclaraciones "
          "24/7. ¿Te late una demo?"),
  ("msg", "Alex, te comparto el caso de una financiera que bajó su costo por contacto 38 % con nosotros. ¿Agendamos 30 min?"),
  ("msg", "Hola de nuevo 👋 este mes la implementación va sin costo. ¿Te aparto un lugar?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Grant Maddox", "Founder | Echolens – speech analytics", "Sydney",
  ("msg", "Alex! Long time since the Tallis Contact days. We've just launched Echolens, speech analytics with GenAI call summaries and "
          "auto-QA. Would love to give you a demo, mate. First month's on us."))
P("single_pitch", "es", "Ainhoa Larrañaga", "Abogada | Compliance tecnológico y Reglamento de IA", "San Sebastián",
  ("msg", "Hola Alex, con el Reglamento de IA en marcha, los asistentes de atención al cliente tienen nuevas obligaciones de transparencia. "
          "Hacemos una auditoría exprés por 3.900 € + IVA. ¿Te mando la propuesta?"))
P("single_pitch", "en", "Farah Haddad", "L&D Consultant | Prompt Engineering Workshops", "Dubai",
  ("msg", "Hi Alex, hope you're well! I'm running half-day prompt engineering workshops for ops teams (in person or online, up to 20 people, "
          "$3,500). Would your supervisors benefit? Happy to send the outline."))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Cormac Brennan", "Director, Service Operations | Lisvane Utilities", "Belfast",
  ("msg", "Alex, as promised after the panel: nine months of numbers from our LLM email-triage pilot. Honest version: routing accuracy was "
          "fine, but agents stopped reading the tickets and mistakes slipped through. The deck and our QA checklist are in the link. "
          "Happy to do a call with your team leads if that helps."),
  ("msg", "PS, we killed the auto-send feature in month 4. If you're thinking about it, ping me first, I have stories."))
P("connection_brings_value", "en", "Rocío Valdivia", "Jefa de Operaciones | Seguros Andinos", "Lima",
  ("end",),
  ("msg", "Hola Alex, te paso la plantilla que usamos para aprobar casos de uso de IA (riesgo, datos personales, quién revisa qué). La "
          "armamos con legal después del susto con el bot de reclamos. Úsala y cámbiala a tu gusto, no hace falta que me cites."),
  nl="es")
P("connection_brings_value", "en", "Hannah Okonkwo-Reid", "Chapter Lead | Institute of Customer Service, North West", "Liverpool",
  ("msg", "Hi Alex, our chapter is running a free session on the EU AI Act for operations leaders on 12 March, 5-7pm in Manchester. It "
          "counts for 2 CPD hours. Thought of you after your post. Want me to add your name?"))
P("connection_brings_value", "es", "Julián Arboleda", "Periodista | Economía y Tecnología, Revista Sumar", "Bogotá",
  ("msg", "Hola Alex, ¿cómo vas? Estoy cerrando una nota sobre el uso de IA en los call centers de Bogotá y me gustaría incluir la mirada de "
          "alguien que lo esté viviendo desde adentro. ¿Tendrías 15 minutos esta semana? Te puedo citar o dejarte como fuente anónima, "
          "como prefieras."))
P("connection_brings_value", "en", "Megan Doyle-Park", "Head of Fraud Operations | Carrowmore Bank", "Dublin",
  ("msg", "Alex, heads up since you run teams in Bogotá: last week someone used a cloned voice of our CFO to call our payments team and ask "
          "for an urgent transfer. What caught it was the callback check. I've written a one-page briefing for team leads, sharing it here. "
          "Feel free to reuse it."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Aldous", "Chief Operating Officer | Pembury Direct", "Leeds",
  ("inm", "VP Customer Operations – Pembury Direct",
   "Hi Alex, I'm the COO at Pembury Direct (direct insurer, 1,100 staff) and I'm hiring my VP Customer Operations directly, no agency. "
   "We're a year into an AI programme and need someone who has run the human side of it well. Package around £170k plus bonus, hybrid in "
   "Leeds. Would you be open to a conversation?"))
P("stranger_inmail_recruiter", "es", "Bruno Castellanos", "Socio | Castellanos & Vidal Executive Search", "Madrid",
  ("inm", "Dirección de Operaciones y Automatización – banca",
   "Buenos días, Alex. Llevo en exclusiva la búsqueda de un/a Director/a de Operaciones y Automatización para una entidad bancaria con "
   "sede en Madrid. Reporta al COO, equipo de 600 personas, y el mandato incluye liderar la adopción de IA en atención al cliente. Banda "
   "de 150-180 k€ más variable. ¿Tendrías un rato para una conversación confidencial?"))
P("stranger_inmail_recruiter", "es", "Renata Saldívar", "Gerente de Atracción de Talento | Grupo Altavista", "Monterrey",
  ("inm", "Gerente Regional de Operaciones – Monterrey",
   "Hola Alex, ¿qué tal? Soy reclutadora interna en Grupo Altavista. Buscamos Gerente Regional de Operaciones para nuestros tres centros de "
   "contacto del norte, con un proyecto de automatización ya aprobado. Puesto directo, no por agencia, con prestaciones superiores a las "
   "de ley. ¿Te interesaría platicar?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Connor Ashcroft", "Sales Development | Replyflow AI", "Boston",
  ("inm", "Bogotá hiring",
   "Hi Alex, noticed Example Industries is hiring 14 customer service agents in Bogotá. What if you didn't need to? Replyflow's AI agents "
   "handle tier-1 chat and email in Spanish and English for a fraction of the cost. Open to a 15-minute look?"),
  ("inm", "Re: Bogotá hiring", "Hi Alex, circling back. Teams like yours typically cut backlog by 70% in the first month. Worth a quick chat?"))
P("stranger_inmail_sales", "es", "Pilar Anduaga", "Directora | Escuela de IA para Directivos", "Madrid",
  ("inm", "Programa de IA para directivos – plazas limitadas",
   "Hola Alex, abrimos la 5.ª edición de nuestro programa «IA Generativa para Directivos»: 8 semanas, certificado, sesiones en directo. "
   "Precio especial para directores de operaciones: 1.490 € (antes 2.100 €). ¿Te reservo plaza?"))
P("stranger_inmail_sales", "en", "Vikram Sethi", "Co-founder | AvatarStudio AI", "Bengaluru",
  ("inm", "Your AI twin",
   "Hi Alex, what if you could record a training video once and have your AI avatar deliver it in 40 languages, with your own face and "
   "voice? We clone leaders for internal comms. The pilot is $5k. Want to see a sample of yourself? I can make one from your public talks."))
P("stranger_inmail_sales", "es", "Lena Vasquez", "Growth Partner | Leadflare", "Miami",
  ("inm", "Loved your journey, Alex",
   "Hi Alex, I came across your profile and was genuinely blown away. Leading operations across three countries, driving digital "
   "transformation, and still finding time to mentor: truly impressive! At Leadflare we help leaders like you turn that credibility into "
   "pipeline with AI-personalised outreach at scale. Could I show you how in 15 minutes?"),
  ("inm", "Quick follow-up", "Hi Alex, just making sure this didn't get lost. Happy to send a 2-minute video instead if that's easier."),
  nl="en")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Owen Pritchard", "Operations Transformation | ex-Head of Service, Corvel Mutual", "Cheltenham",
  ("inv", "Hi Alex, I built a simple scorecard for deciding which service processes are worth piloting AI on (volume, risk, data quality, "
          "who signs off). Free to use. Happy to send it over if it's handy for your team."),
  ("msg", "Here's the scorecard as promised, plus the notes we made applying it to 40 processes. Steal whatever's useful."),
  ("msg", "Hi Alex, hope the scorecard's been useful! I've now gone independent and I'm offering AI pilot design engagements (4 weeks, £18k). "
          "Given what you're working on, could we set up a call to scope one?", (20, 40)))
P("good_turns_ugly", "es", "Carolina Méndez", "Gerenta de Cobranzas | Banco del Litoral", "Rosario",
  ("inv", "Hola Alex, vi tu comentario sobre IA en cobranzas. Nosotros estamos arrancando un piloto y tengo mil dudas con el consentimiento "
          "de los clientes. ¿Te puedo hacer un par de preguntas? Te cuento también lo que aprendimos."),
  ("msg", "Gracias por la respuesta tan completa, Alex. Te paso, como te prometí, el guion de consentimiento que nos aprobó legal. Ojalá te sirva."),
  ("end",),
  ("msg", "Alex, te validé {skill}. ¿Me devolvés la gauchada validándome «Gestión de cobranzas» e «Inteligencia artificial»? Estoy por "
          "postularme a una gerencia regional y me vendría bárbaro.", (1, 6)))
P("good_turns_ugly", "en", "Yusuf Demir", "Programme Director | Service Leaders Forum", "London",
  ("inv", "Hi Alex, I run the Service Leaders Forum, a free quarterly roundtable for ops directors. The next one (4 June) is on AI agents in "
          "the real world and counts for CPD. Would you like an invite?"),
  ("msg", "Thanks for joining the roundtable, Alex. Slides and the anonymised notes from the discussion are attached. Several people asked "
          "about your QA approach, so you were a hit.", (20, 40)),
  ("msg", "Alex, one more thing. Our forum's partner, Verisca, has an agent platform several members are piloting. If I introduce you and "
          "you sign, we both get a nice referral credit 😉 Shall I set up a demo?"))
P("good_turns_ugly", "es", "Alberto Quintanilla", "Ingeniero de datos | Grupo de estudio de IA para perfiles no técnicos", "Alicante",
  ("inv", "Hola Alex, llevo un grupo de estudio gratuito de IA para perfiles no técnicos: leemos un paper o un caso al mes y lo comentamos "
          "online. Somos unos 20, casi todos de operaciones. Si te apetece, te añado."),
  ("msg", "Te dejo el enlace de la sesión del martes y el resumen del caso del banco que cambió su chat por un asistente y luego tuvo que "
          "dar marcha atrás. Da para mucho debate."),
  ("msg", "Alex, te aviso antes que a nadie: lanzamos la certificación oficial del grupo, «Experto en IA para Operaciones», 1.490 € con "
          "un 20 % de descuento para los miembros fundadores. Las plazas vuelan. ¿Te apunto?", (15, 35)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Mitchell Grayson", "Enterprise Account Executive | Coretext AI", "Chicago",
  ("inm", "Idea for your service team",
   "Hi Alex, I put together a short idea on how Coretext's GenAI knowledge base could cut your agents' search time in half. Mind if I send "
   "over a 2-minute Loom and grab 20 minutes next week?"),
  ("inv", "Hi Alex, really enjoyed your talk at CX Nation in Amsterdam, especially the bit about measuring AI by complaints rather than "
          "containment. Would love to connect."))
P("reinvite_known_bad", "es", "Lorena Espinar", "Consultora de Transformación | IA y Procesos", "Madrid",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, coincidimos en el AI Summit de Madrid, en la mesa de atención al cliente. Me encantó tu intervención. ¿Conectamos?"))
P("reinvite_known_bad", "en", "Ashok Venkataraman", "Director, Intelligent Automation | Qubrix Solutions", "Bengaluru",
  ("inv", "Hi Alex, Qubrix helps enterprises build GenAI-powered service desks with 60% cost reduction. Can we connect to explore a partnership?"),
  ("inv", "Hi Alex, not selling anything this time, promise! I just enjoy your posts on AI in operations and would like to follow along."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Brett Lawlor", "Founder | ScaleOps AI", "Boston",
  ("inv", "Alex, let's connect. We automate contact centres end to end, happy to show you."),
  ("inm", "Wow", "Not even a decline, just silence. I've built three companies and you can't spare me two seconds? This is exactly why "
                 "big-company ops people end up automated out of a job."),
  ("inv", "Hey Alex, new year, clean slate? Would be great to connect."))
P("reinvite_known_ugly", "es", "Esteban Rivadeneira", "Investigador asociado | Observatorio de IA y Empleo", "Quito",
  ("inm", "Encuesta sobre IA y empleo en centros de contacto",
   "Estimado Alex, desde el Observatorio estamos levantando información sobre el impacto de la IA en el empleo de los centros de contacto "
   "de la región. ¿Podría respondernos una encuesta de 10 minutos? Compartiremos los resultados con todos los participantes."),
  ("inm", "Gracias por participar",
   "Muchas gracias por su participación, Alex. Le comento que, además del Observatorio, asesoro a empresas en la implementación de agentes "
   "virtuales. Con base en sus respuestas le puedo preparar una propuesta. ¿Le parece si conversamos el viernes?", (5, 14)),
  ("inv", "Estimado Alex, me gustaría sumarlo a mi red profesional. Saludos cordiales."))
P("reinvite_known_ugly", "en", "Natasha Greaves", "Executive Coach | Leading through AI change", "Edinburgh",
  ("inv", DEFAULT),
  ("inm", "Manners", "Hi Alex, I notice you haven't accepted my request. For someone whose profile talks about 'people-first leadership', "
                     "ignoring a fellow professional is pretty hypocritical. Just thought you should know how it comes across."),
  ("inv", "Hi Alex, I think we got off on the wrong foot. I'd genuinely love to connect and hear how your AI rollout is going."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Lachlan Murray", "Partner | Northlight AI Advisory", "Melbourne",
  ("acc",),
  ("msg", "Thanks for the connect, Alex, good chatting at the AI in CX summit. As mentioned, we run 2-day GenAI opportunity workshops for "
          "ops leadership teams. Happy to send a proposal if useful?"))
P("user_invited_pitch_once", "es", "Ana Belén Soriano", "Responsable de Alianzas | Copiloto.ai", "Madrid",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Ya que te interesó lo que contamos en la mesa redonda: Copiloto.ai se integra con tu CRM en una "
          "semana y tenemos tarifa especial para pilotos este trimestre. ¿Te envío condiciones?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Sophie Lindgren", "Partnerships | Tessellate AI", "Stockholm",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Tessellate's AI coach listens to calls and gives agents feedback in real time. Our pilots see +8 "
          "CSAT points. Open to a trial in one of your sites?"),
  ("msg", "Hi Alex, this is Tess, Sophie's AI assistant. Sophie wanted to check whether you'd had a chance to think about the pilot. Here's "
          "her calendar so you can pick a slot: https://cal.example/sophie-tessellate", (4, 10)))
P("user_invited_pitch_twice", "es", "Gonzalo Irigoyen", "Director Comercial | Inteligencia Conversacional", "Montevideo",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Como te conté en el evento, nuestro asistente de voz con IA ya atiende a tres aseguradoras de la "
          "región. ¿Te puedo mostrar una demo a vos y a tu equipo de Bogotá?"),
  ("msg", "Alex, ¿pudiste ver lo que te mandé? Te paso la propuesta económica: licencia anual desde 36.000 USD. ¿Cuándo la revisamos?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Dr. Amara Nwosu", "Lecturer in Organisational Behaviour | University of Birmingham", "Birmingham",
  ("acc",),
  ("msg", "Thanks for connecting, Alex, and for speaking to my students last month. As promised, here's the working paper from our survey "
          "of 212 contact-centre agents on AI assistants. The big finding: trust drops fast after one visible error. I'd value your "
          "comments before we submit it."))
P("user_invited_value", "es", "Verónica Lazcano", "Subgerenta de Experiencia de Cliente | Retail Andes", "Santiago de Chile",
  ("acc",),
  ("msg", "¡Gracias por agregarme, Alex! Como quedamos, te mando lo que aprendimos con el piloto del asistente para agentes: lo que "
          "funcionó, lo que no, y el correo que le mandamos al sindicato antes de partir. Ojalá te sirva para lo de Bogotá."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Harriet Sowerby", "Head of Customer Service | Fenwick Rail", "York", ("acc",))
P("acceptance_only", "es", "Ignacio Mardones", "Gerente de Operaciones | Cajas Andinas", "Valparaíso", ("acc",))
P("lone_endorsement", "en", "Callum Reid", "Team Leader, Customer Service | Example Industries", "Madrid", ("end",))
P("lone_endorsement", "es", "Mariana Troncoso", "Supervisora de Calidad | Centro de Contacto Bogotá", "Bogotá", ("end",))


# ------------------------------------------------------------------------- checks
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({_p[2] for _p in PEOPLE}) == len(PEOPLE)
ERAS = {_p[2]: "cur" for _p in PEOPLE}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Naledi Mokoena", "n.mokoena@leeds.example.ac.uk", "Interview request: generative AI in contact centres",
     "Hi Alex,\n\nI also sent you a LinkedIn request, but in case those get buried: I'm interviewing operations leaders about how generative "
     "AI is used on the floor. The participant information sheet is attached.\n\nBest wishes,\nNaledi", "en"),
    ("IT Security", "security@example-industries.example", "Alert: fake recruiters and cloned voices",
     "Team,\n\nWe are seeing more fake recruiter profiles on LinkedIn and calls that use cloned voices of executives. Never approve a payment "
     "or share credentials on the strength of a voice or video call alone. Forward anything suspicious to this address.\n\nIT Security", "en"),
    ("Ana Ruiz (RR. HH.)", "ana.ruiz@example-industries.example", "Política de uso de IA generativa – borrador",
     "Hola Alex:\n\nTe paso el borrador de la política de uso de IA generativa. Incluye un apartado sobre no publicar en LinkedIn datos de "
     "los pilotos sin revisión previa de Comunicación.\n\nUn saludo,\nAna", "es"),
    ("AI Summit Madrid", "acreditaciones@aisummit-madrid.example", "Tu acreditación de ponente",
     "Hola Alex,\n\nTe adjuntamos tu acreditación para la mesa de atención al cliente. Si quieres, comparte tu participación en LinkedIn "
     "con el hashtag del evento.\n\nEl equipo del AI Summit", "es"),
    ("Coursehub", "no-reply@coursehub.example", "Your certificate: Generative AI for Leaders",
     "Congratulations, Alex!\n\nYou have completed Generative AI for Leaders. Add the certificate to your LinkedIn profile in one click.", "en"),
    ("Notetaker", "summaries@notetaker.example", "AI summary: Ops weekly (Bogotá)",
     "This summary was generated automatically.\n\n- Assistant pilot: containment 31%, complaints flat.\n- Union briefing scheduled.\n"
     "- Action: Alex to answer the journalist who wrote on LinkedIn.", "en"),
    ("Connor Ashcroft", "connor@replyflow.example", "Alex, saw your LinkedIn post",
     "Hi Alex,\n\nLoved your LinkedIn post about rolling back the chatbot. Replyflow's AI agents are built for exactly that moment. "
     "15 minutes this week?\n\nConnor", "en"),
    ("Carlos Jiménez", "carlos.jimenez@example-industries.example", "Fwd: invitación de LinkedIn",
     "Alex, me ha llegado esta invitación de LinkedIn de una tal Elena Castrillo. ¿La conoces? Dice que es una comunidad sin ánimo de lucro.\n\n"
     "---------- Mensaje reenviado ----------\nDe: Elena Castrillo via LinkedIn <invitations@linkedin.com>\nAsunto: Quiero conectar\n\n"
     "Hola Carlos, estamos montando una comunidad de responsables de operaciones...", "es"),
    ("Verónica Lazcano", "vlazcano@retail-andes.example.cl", "Material del piloto",
     "Hola Alex,\n\nte escribí por LinkedIn también, pero por si acaso te adjunto el PDF con los aprendizajes del piloto.\n\nSaludos,\nVero", "es"),
    ("Gareth Llewellyn", "gareth.llewellyn@brackenridge.example.co.uk", "FNOL voice agent post-mortem",
     "Alex,\n\nSent you a LinkedIn invite but thought I'd email as well. Attached is the post-mortem on our voice agent trial; the "
     "section on accents is the useful bit.\n\nGareth", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot sixty-ninth development corpus (dev69). Generated by scripts/make_corpus_dev69.py (seed {SEED}); do not edit by hand.",
          "# The AI era, 2024-2026: AI vendors and consultancies, prompt-engineering courses, flattering AI-written outreach, AI assistants "
          "following up, voice-clone offers, peers' AI pilots, researchers and journalists; English and Spanish. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev69", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
