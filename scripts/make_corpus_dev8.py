#!/usr/bin/env python3
"""Write mailbot's eighth, independent development corpus: tests/corpus/dev8/*.eml + expected.toml.

The angle: messy, multilingual, real-world writing. Writers in Portuguese (Brazil and
Portugal) and Dutch (Netherlands and Flanders), often under LinkedIn wording in another
language (a Brazilian writing Portuguese under English wording, a Dutchman writing English
under German wording). Non-native English from India, Nigeria, the Philippines, Poland and
China: typos, no punctuation, all lowercase, ALL CAPS, text-speak ("pls", "u", "thx"),
emoji-heavy notes, one-word notes ("hi", "connect?", "👋") and very long notes with a
signature block and a disclaimer. Quoted history ("On Tue, 3 Mar, X wrote:" / "> ..."),
forwarded bits, and links (calendly, bit.ly, wa.me, company sites) in good and bad notes.
Pitches in every register (blunt, hedged, "no pressure", as a favour, as a question),
value in every register (events, job leads, introductions, peer questions, shared
documents, mentoring), hostility in several languages (blunt, polite, passive-aggressive,
sarcastic) and endorse-me-back hints, direct and indirect.

LinkedIn's own wording stays in the languages the layout machinery knows (en, de, fr, es,
it). The writer's language is given with nl=; Portuguese and Dutch writers are passed to
the machinery with nl=None (the writer language only picks the default note and the skill
names there), and are listed in WRITER below.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev8.py              # writes tests/corpus/dev8
    python scripts/make_corpus_dev8.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260512

from corpus_stories import DEFAULT, NONOTE, main, writer_adder  # noqa: E402

PEOPLE: list[tuple] = []
WRITER: dict[str, str] = {}   # name -> the language the person writes in, when it is not LinkedIn's wording
P = writer_adder(PEOPLE, WRITER)


# =============================================================== good_invitation
P("good_invitation", "en", "Rafael Albuquerque", "Controller | Fintech | CMA candidate", "São Paulo",
  ("inv", "Oi Alex, tudo bem? Sou controller numa fintech em SP e organizo um grupo de estudos gratuito pra quem tá se preparando pro CMA "
          "(conta como CPE tb). Próxima sessão é online, dia 12, 19h horário de Brasília. Se quiser participar é só aceitar que te mando o link do Meet 🙂"),
  ("rem",), nl="pt-BR")
P("good_invitation", "de", "Joost van den Berg", "Group Controller | Logistics | IFRS", "Venlo",
  ("inv", "Hi Alex, Joost here, controller at a logistics company in Venlo. saw your comment on the IFRS 16 thread - we are struggling with exactly "
          "the same thing (sale and leaseback of trucks). could I ask you 2-3 questions? I can share our technical memo in return, its anonymised. Groet, Joost"),
  ("rem",), nl="en")
P("good_invitation", "en", "Priya Venkataraman", "Senior Analyst FP&A | SAP BPC | CMA", "Chennai",
  ("inv", "Dear Alex,\nGreetings of the day!\nI am Priya from Chennai, working as Senior Analyst in FP&A. Myself and few colleagues are conducting "
          "free webinar on 'Rolling Forecast in SAP BPC' on 21st of this month, CPE certificate will be provided to all attendees. "
          "Kindly accept so I can share you the registration link.\n\nThanks & Regards,\nPriya Venkataraman\nSenior Analyst - FP&A\n+91 98410 55 321"),
  ("rem",), ("rem",))
P("good_invitation", "es", "Marlon dela Cruz", "Team Lead, Record to Report | Shared Services", "Manila",
  ("inv", "hi alex! im marlon from the manila shared services, i think we support ur entities in spain?? our manager said ur the one to ask "
          "abt the new intercompany recon template. pls connect so i can send u my questions, its just 3 lang. thx po 🙏"),
  ("rem",), nl="en")
P("good_invitation", "de", "Inês Carvalho", "Tax Manager | Transfer Pricing", "Porto",
  ("inv", "Olá Alex! A Dra. Helena Brandt (da sua equipa em Hamburgo) sugeriu que falássemos: estamos os dois a preparar a documentação de preços "
          "de transferência para o Pilar 2. Tenho um modelo de matriz de riscos que posso partilhar consigo. Cumprimentos, Inês"),
  ("rem",), nl="pt-PT")

P("good_invitation", "es", "Maria João Costa", "Mentora | Programa de Mentoria Mulheres em Finanças (OCC)", "Coimbra",
  ("inv", "Olá Alex,\n\nCoordeno o programa de mentoria gratuito da Ordem para profissionais de finanças em início de carreira e estamos à procura de "
          "mentores e mentorandos em Espanha. São 6 conversas de 1 hora, online, ao longo de 6 meses, e tudo é voluntário e gratuito. "
          "Se tiver interesse (ou alguém da sua equipa), envio-lhe o formulário.\n\nCom os melhores cumprimentos,\nMaria João Costa\n"
          "Coordenadora do Programa de Mentoria\nTel. +351 239 000 123\nwww.mentoria-financas.example.pt"),
  ("rem",), nl="pt-PT")


# =============================================================== default_invitation (the default note, no note, or a note that says nothing)
P("default_invitation", "en", "Chinedu Okafor", "Entrepreneur | Investor | Philanthropist", "Lagos", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Zhang Wei", "Import / Export", "Duisburg", ("inv", NONOTE), ("rem",), ("rem",))
P("default_invitation", "en", "Ayodele Bankole", "CEO at Bankole Ventures", "Abuja", ("inv", "connect?"))
P("default_invitation", "it", "Li Na", "Trading | Tessile", "Prato", ("inv", "👋"))
P("default_invitation", "en", "Rahul Verma", "Looking for opportunities", "Noida", ("inv", "hi"), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Thiago Moreira", "Planejamento Patrimonial | Brasileiros no exterior", "Madrid",
  ("inv", "Olá Alex! Trabalho com planejamento patrimonial e previdência pra executivos brasileiros que moram fora. Posso te mostrar em 20 min "
          "como pagar menos IR sobre a sua carteira? Sem compromisso 😉 Minha agenda: calendly.com/thiagomoreira-wealth/20min"),
  nl="pt-BR")
P("sales_invitation", "de", "Bram Jansen", "Sales Director DACH | AP Automation", "Düsseldorf",
  ("inv", "Hallo Alex, wij helpen finance-teams in de DACH-regio met het automatiseren van de crediteurenadministratie – gemiddeld 70% minder handwerk. "
          "Zou een korte demo van 20 minuten interessant zijn? Geheel vrijblijvend natuurlijk."),
  nl="nl")
P("sales_invitation", "en", "Emeka Nwosu", "Certified Account Manager | Forex | Crypto | Passive Income", "Port Harcourt",
  ("inv", "GOOD DAY ALEX. I AM A CERTIFIED FOREX AND CRYPTO ACCOUNT MANAGER. I HELP BUSY PROFESSIONALS GROW THEIR INCOME 30% MONTHLY. "
          "NO EXPERIENCE NEEDED. CHAT ME ON WHATSAPP wa.me/2348012345678 GOD BLESS"))
P("sales_invitation", "fr", "Camille Roussel", "Courtière indépendante | Mutuelle & prévoyance entreprise", "Nantes",
  ("inv", "Bonjour Alex, aucune pression hein 🙂 mais si un jour la question de la mutuelle de vos équipes se pose, je serais ravie d'en parler. "
          "Je suis courtière indépendante et je compare une trentaine d'assureurs. Au plaisir !"))
P("sales_invitation", "es", "Joana Mendes", "Consultora | Recuperação de IVA", "Lisboa",
  ("inv", "Bom dia Alex. Ajudamos empresas espanholas com filiais em Portugal a recuperar IVA pago em excesso, e só cobramos sobre o valor recuperado. "
          "Seria do seu interesse uma análise gratuita? Cumprimentos"),
  nl="pt-PT")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Olumide Adeyemi", "Convener, Afro-European Finance Leaders Circle", "London",
  ("inv", "Hello Alex, I am putting together a circle of African and European finance leaders to share insights and opportunities. No fees, "
          "just networking and a quarterly virtual roundtable. Would be honoured to have you onboard."),
  ("msg", "Good afternoon Alex, trust you are doing great. Thanks for joining the circle.\n\nOn another note, my firm has a premium investment opportunity "
          "in Lagos real estate with 25% annual returns in USD, minimum entry $10k. Can I send you the deck?\n\nKind regards,\nOlumide"),
  ("msg", "Hi Alex, just following up on the deck. Slots for this quarter close on Friday, let me know asap.", (3, 6)))
P("bait_and_switch_invitation", "de", "Pedro Henrique Souza", "Controller | Comunidade Brasileiros em Finanças DACH", "München",
  ("inv", "Oi Alex! Vi que você também é do mundo de controlling e mora na Alemanha. Tô montando um grupo de brasileiros e amigos do Brasil em finanças "
          "na DACH, só pra trocar experiências e dicas de carreira. Bora?"),
  ("msg", "E aí Alex, tudo certo? Aproveitando o contato: agora sou assessor de investimentos e ajudo quem mora fora a investir sem bitributação. "
          "Podemos marcar uma call de 30 min essa semana? Segue minha agenda: calendly.com/phsouza-invest"),
  nl="pt-BR")
P("bait_and_switch_invitation", "fr", "Chen Meiling", "Treasury Analyst | CPA", "Paris",
  ("inv", "Hello Alex, I am also CPA and working in Paris in treasury. I want to ask you question about cash pooling in France, is it possible? thank you very much"),
  ("msg", "Hi Alex thanks for accept. Actually my company provide very competitive treasury management system, many French companies use it already. "
          "Can we arrange online demo next week? I send you brochure: bit.ly/tms-brochure-fr"),
  nl="en")
P("bait_and_switch_invitation", "es", "Karolina Wiśniewska", "Founder, Women & Allies in Finance | Leadership Coach", "Warszawa",
  ("inv", "Hi Alex, I'm running free monthly online sessions for women and allies in finance - mentoring, CV reviews, nothing to buy. "
          "Would love you to join as a mentor or just to listen."),
  ("msg", "Hi Alex! Thanks for connecting. Quick favour to ask - would you be open to hearing about our leadership coaching programme for finance managers? "
          "6 sessions, usually the company pays from training budget. I can send the brochure and a discount code 😊"),
  ("msg", "Hello again Alex, I don't want to be pushy, but the early-bird price ends this Sunday. Shall I reserve a place for you?", (4, 8)),
  nl="en")
P("bait_and_switch_invitation", "it", "Ana Luísa Ferreira", "Diretora Financeira | Indústria cerâmica", "Aveiro",
  ("inv", "Olá Alex, sou diretora financeira numa empresa de cerâmica em Aveiro. Estou a reunir um pequeno grupo de CFOs europeus para partilhar "
          "benchmarks de custos de energia, sem custos nem compromissos. Gostaria de participar?"),
  ("msg", "Bom dia Alex, obrigada por ter aceitado. Entretanto comecei a colaborar com uma consultora de eficiência energética e creio que vos "
          "poderíamos poupar 15 a 20% na fatura. Seria possível uma reunião de 30 minutos para lhe apresentar a proposta?"),
  nl="pt-PT")
P("bait_and_switch_invitation", "en", "Jericho Bautista", "Admin, PH Finance Pros Europe (community)", "Dublin",
  ("inv", "hello alex!! we have a community of filipino finance pros in europe + friends, we share job posts and excel tips. free to join po, pls accept and ill add u 😊"),
  ("msg", "hi alex! welcome to the community 🎉 btw im also a part time insurance advisor, we have VUL plans for OFWs and expats, "
          "pwede ba kita i-message about it? very affordable, starts at 50 eur/mo. thx!!"),
  ("msg", "hi alex just checking if u saw my msg? i can send the computation pls reply ok lang if not interested 🙏", (5, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Rohit Sharma", "MBA Candidate | Ex-Deloitte | Finance Transformation", "Gurugram",
  ("inm", "Request for your valuable inputs", "Dear Alex,\nHope you are doing well. I am doing research on finance digital transformation for my MBA project "
          "and would be grateful if you can spare 10 mins to answer 5 questions. Your inputs will be highly valuable.\nThanks in advance,\nRohit"),
  ("inm", "Re: Request for your valuable inputs", "Hi Alex,\nAlso I work part-time with a robotic process automation company, we have done 200+ bots for finance teams. "
          "Can I schedule demo with our solution architect? Please share your convenient time.\n\nOn Mon, 9 Jun, Rohit Sharma wrote:\n"
          "> Dear Alex, Hope you are doing well. I am doing research on finance digital transformation for my MBA project..."))
P("bait_and_switch_inmail", "de", "Femke Visser", "Vakjournalist | Partner bij implementatiepartner", "Utrecht",
  ("inm", "Vraagje voor een artikel over consolidatie", "Hallo Alex, ik schrijf een artikel voor een Nederlandstalig vakblad over consolidatie bij middelgrote groepen. "
          "Mag ik je een paar vragen stellen? Je wordt uiteraard niet geciteerd zonder toestemming."),
  ("inm", "Vervolg", "Hoi Alex, nog even over mijn vorige bericht: naast het schrijven ben ik partner bij een implementatiepartner van een consolidatiepakket. "
          "Als jullie ooit overwegen over te stappen, doe ik graag een vrijblijvende quickscan (normaal €2.500, voor jou gratis). Zullen we iets inplannen?"),
  ("inm", "Laatste poging", "Alex, laatste poging hoor – de gratis quickscan geldt nog tot het einde van de maand. Laat je het even weten?", (6, 10)),
  nl="nl")
P("bait_and_switch_inmail", "es", "Larissa Campos", "Sócia | Consultoria IFRS LatAm", "Bogotá",
  ("inm", "E-book gratuito: 10 erros no IFRS 17", "Oi Alex! Preparamos um e-book gratuito com os 10 erros mais comuns na adoção do IFRS 17 na América Latina. "
          "Posso te enviar? É só responder 'sim' 😊"),
  ("inm", "Seu e-book + uma proposta", "Oi Alex, como prometido segue o link do e-book: bit.ly/ifrs17-ebook-latam\n\nAproveitando: nossa consultoria faz o "
          "diagnóstico completo de IFRS 17 por um valor fixo. Posso te mandar a proposta? Tenho agenda livre quinta e sexta."),
  nl="pt-BR")


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Chukwuemeka Eze", "Financial Analyst | Open to work", "Enugu",
  ("end",), ("end",),
  ("msg", "Hello Alex, good morning. I have endorsed you for {skill} and 2 other skills. Kindly help me to endorse me back for Financial Modelling "
          "and Excel, it will help my profile as I am job hunting. God bless you 🙏"))
P("endorse_me_back", "fr", "Joris Peeters", "Treasury Analyst", "Gent",
  ("end",), ("end",),
  ("msg", "Dag Alex, ik heb je net onderschreven voor {skill} 👍 Zou je hetzelfde voor mij willen doen? Vooral 'Treasury' en 'Cash management', "
          "alle beetjes helpen nu ik aan het solliciteren ben. Alvast bedankt!"),
  nl="nl")
P("endorse_me_back", "en", "Angelica Reyes", "Accounts Payable Specialist", "Cebu City",
  ("end",), ("end",),
  ("msg", "hi alex!! 😊 just endorsed u for a few skills, u deserve it po. btw my skills section is looking a bit empty hehe, "
          "if u have a sec u know what to do 😉 thx!!"))
P("endorse_me_back", "it", "Beatriz Nogueira", "Em transição de carreira | Controladoria", "Belo Horizonte",
  ("end",), ("end",),
  ("msg", "Oi Alex! Passei no seu perfil e deixei umas validações de competências 😊 Se puder dar uma olhadinha no meu também, ia me ajudar muito, "
          "tô em transição de carreira. Abraços!"),
  nl="pt-BR")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Vikram Malhotra", "Director | SAP Consulting Services", "Hyderabad",
  ("inv", "Hi Alex, I would like to add you in my professional network. We provide SAP consulting services."),
  ("rem",),
  ("inm", "Regarding my connection request", "Alex, I sent you request 3 weeks back and you have not even bothered to accept. Very surprising for a "
          "so-called finance leader. Networking is two way street. Anyway all the best with your attitude."))
P("hostility_after_decline", "en", "Gustavo Lima", "Empreendedor", "Curitiba",
  ("inv", NONOTE), ("rem",),
  ("inm", "???", "Sério que você recusou meu convite? Nem me conhece e já ignora. Muito arrogante da sua parte, viu. "
          "Depois não reclama que ninguém te ajuda. Passar bem."),
  nl="pt-BR")
P("hostility_after_decline", "de", "Ruud Hendriks", "Owner | Interim Finance Pool", "Eindhoven",
  ("inv", "Hi Alex, I'd like to introduce our interim finance pool to you. Let's connect."),
  ("rem",),
  ("inm", "Ignored?", "Dear Alex,\n\nApparently a simple click is too much to ask. I find this quite unprofessional, frankly. In the Netherlands we would "
          "at least have the decency to say no.\n\nRegards,\nRuud"),
  nl="en")
P("hostility_after_decline", "fr", "Hervé Castagnet", "Consultant en financement d'entreprise", "Rennes",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Petite remarque", "Bonjour Alex, je constate que vous n'avez pas jugé utile de répondre à ma demande. C'est votre droit, bien sûr. "
          "Permettez-moi simplement de vous rappeler que la courtoisie ne coûte rien. Bien à vous."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Deepak Nair", "Practice Head | ERP Implementation", "Kochi",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting back. We are offering ERP implementation for mid-size companies at very competitive rates (onsite + offshore). "
          "Can we have a quick call this week?"),
  ("msg", "Hi Alex, gentle reminder on my below message. Please revert.", (5, 9)),
  ("msg", "Alex, I have messaged you 2 times and you did not have the courtesy to reply. If you are not interested just say so. Such behaviour is not "
          "expected from senior professionals. I am removing you from my network.", (6, 12)))
P("hostility_connection", "it", "Marco Aurélio Santos", "Consultor | Consórcios e Investimentos", "Milano",
  ("msg", "Fala Alex! Tudo joia? Tô com um esquema de consórcio de imóveis aqui na Itália, rendimento bom demais. Quer que eu te explique por áudio no "
          "WhatsApp? wa.me/5511987654321"),
  ("msg", "Visualizou e não respondeu né. Beleza. Depois vem pedir ajuda. Gente metida a besta é assim mesmo 🙄", (3, 8)),
  nl="pt-BR")
P("hostility_connection", "de", "Paweł Kowalczyk", "Co-founder | Software House | Reporting & BI", "Wrocław",
  ("acc",),
  ("msg", "Hello Alex, thanks for accepting. We are software house from Wrocław, 120 developers, we build custom reporting dashboards for controlling "
          "departments. Rates from 35 EUR/h. Maybe we can talk?"),
  ("msg", "Alex, with respect, I see you read my message. Would be normal to answer something, even 'no'. In my opinion this is lack of basic manners. Good luck."),
  nl="en")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Sunil Kumar", "Vice President - Sales | KPO Finance & Accounting", "Pune",
  ("msg", "Dear Alex,\n\nGreetings from Pune!\n\nWe are a KPO providing accounts payable, receivable and month-end close support to European companies, "
          "ISO 27001 certified, GDPR compliant. Our rates start at EUR 12/hour. May I share our company profile?\n\nWarm Regards,\n\nSunil Kumar\n"
          "Vice President - Sales (Europe)\nFinServ Knowledge Solutions Pvt. Ltd.\nM: +91 98220 12345 | E: sunil.kumar@kpo-finserv.example\n"
          "W: www.kpo-finserv.example\n\nDISCLAIMER: This e-mail and any attachment is confidential and intended solely for the use of the individual "
          "to whom it is addressed. If you are not the intended recipient, please notify the sender and delete it. Please consider the environment before printing."),
  ("msg", "Dear Alex, Just following up on below. Sharing our brochure link: www.kpo-finserv.example/brochure.pdf. Please let me know suitable time for Teams call.", (4, 9)),
  ("msg", "Dear Alex, Hope you had chance to see the brochure. We are offering 1 month free pilot for first 3 clients in Germany/Netherlands. Kindly revert.", (7, 15)))
P("connection_only_pitches", "en", "Maarten de Groot", "Sales | Cashflow forecasting software", "Amersfoort",
  ("msg", "Hoi Alex, lang niet gesproken! Wij hebben sinds kort een nieuwe tool voor cashflowprognoses, gekoppeld aan Exact en AFAS. Zin in een korte demo? "
          "Ik stuur je graag een uitnodiging."),
  ("msg", "Hoi Alex, nog even een duwtje: deze maand hebben we 30% introductiekorting voor nieuwe klanten. Laat je het weten?"),
  nl="nl")
P("connection_only_pitches", "es", "Jorge Castillo", "Socio | Externalización de nóminas", "Zaragoza",
  ("msg", "Hola Alex, ¿te has planteado alguna vez externalizar la nómina? Nosotros la gestionamos para más de 200 empresas en España y Portugal. ¿Hablamos 10 minutos?"),
  ("msg", "Alex, ¿te llegó mi mensaje anterior? Te dejo mi calendario por si te resulta más cómodo: calendly.com/jcastillo-nominas ¡Un saludo!"))
P("connection_only_pitches", "it", "Daniela Rinaldi", "Mindset Coach per manager 🚀 | +300 clienti", "Bari",
  ("msg", "Ciao Alex!!! 🌟🌟 Sei pronto a trasformare il tuo team?? 💪🚀 Il mio percorso 'Finance Mindset' ha aiutato +300 manager 📈📈 "
          "Prima call GRATIS 🎁 Scrivimi 'SI' e ti mando il link 👇👇"),
  ("msg", "Alex ⏰⏰ ultimi 3 posti per il percorso di ottobre!!! 🔥🔥 Non lasciarti sfuggire questa opportunità 💎 Rispondi 'SI' 👇"),
  ("msg", "Ciao Alex 😊 ultimo messaggio promesso 🙏 ecco il link per prenotare la tua call gratuita: bit.ly/finance-mindset-call 💫", (6, 14)))


# =============================================================== single_pitch
P("single_pitch", "de", "Anna Kowalska", "Head of Sales | Reisekosten-Software", "Berlin",
  ("msg", "Hallo Alex, ich hoffe es ist ok, dass ich Ihnen schreibe – ich bräuchte einen kleinen Gefallen: Wir suchen Pilotkunden für unser neues Tool "
          "zur Reisekostenabrechnung, und Ihr Feedback wäre Gold wert. 30 Minuten Demo, danach ein Jahr zum halben Preis. Wäre das etwas für Sie?"))
P("single_pitch", "en", "Oluwaseun Bello", "Business Development Manager | Bello & Partners Chartered Accountants", "Lagos",
  ("msg", "Dear Alex,\n\nCompliments of the season to you and your family.\n\nI am reaching out to introduce Bello & Partners, a firm of chartered accountants "
          "providing audit, tax advisory and IFRS conversion services to multinationals with operations in West Africa. We are currently offering "
          "a complimentary review of your Nigerian subsidiary's tax position, after which we would be glad to submit a fee proposal.\n\n"
          "Please find our profile at www.bellopartners.example/profile.\n\nWarm regards,\n\nOluwaseun Bello, ACA\nBusiness Development Manager\n"
          "Bello & Partners Chartered Accountants\nTel: +234 803 555 0142 | +44 20 7946 0321\nWeb: www.bellopartners.example\n\n"
          "DISCLAIMER: This message and any attachments are confidential and intended solely for the addressee. If you have received it in error "
          "please notify the sender immediately and delete it. Bello & Partners accepts no liability for any loss arising from its use."))
P("single_pitch", "fr", "Rui Pinto", "Sócio-gerente | Contabilidade para filiais estrangeiras", "Lisboa",
  ("msg", "Boa tarde Alex, espero que esteja tudo bem consigo. Sem qualquer pressão: represento uma empresa de contabilidade em Lisboa que presta serviços "
          "a filiais de grupos franceses. Caso faça sentido, teria todo o gosto em enviar-lhe uma proposta. Cumprimentos, Rui Pinto"),
  nl="pt-PT")


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Ngozi Okonkwo", "Technical Lead, IFRS | ICAN UK District", "London",
  ("msg", "Hi Alex,\n\nAs promised, here is the link to the recording and slides from Thursday's webinar on IFRS 18: drive.google.com/drive/folders/1xIFRS18-ican "
          "The CPD form is on the last slide (2 hours).\n\nWarm regards,\nNgozi\n\nOn Thu, 12 Sep, Alex wrote:\n> Sorry I missed the live session, is there a recording?"),
  ("msg", "Hi Alex, one more thing - our district dinner on 24 Oct has two free guest places and the speaker is the IASB vice-chair. "
          "Would you like one? Just reply with your full name for the guest list. Ngozi", (10, 25)))
P("connection_brings_value", "de", "Sjoerd Smit", "Finance Manager | ex-Philips", "Eindhoven",
  ("end",),
  ("msg", "hey alex, fyi: my old team at Philips is hiring a senior FP&A for Eindhoven, not posted yet. hiring mgr is a friend, I can intro you if u want. "
          "no worries if not"),
  nl="en")
P("connection_brings_value", "en", "Camila Rocha", "Gerente de Planejamento Financeiro", "Rio de Janeiro",
  ("msg", "Oi Alex! Lembrei de você: o pessoal do IBEF vai fazer um meetup online sobre orçamento base zero dia 28, gratuito, e vai ser em inglês. "
          "Link pra inscrição: ibef.example/meetup-28. Abraço!"),
  ("msg", "Alex, conforme prometido segue a planilha de driver-based budgeting que usamos aqui (sem dados reais, tá anonimizada): bit.ly/planilha-dbb. "
          "Qualquer dúvida me chama!"),
  nl="pt-BR")
P("connection_brings_value", "it", "Tomás Ribeiro", "Contabilista Certificado | Fiscalidade internacional", "Lisboa",
  ("end",),
  ("msg", "Olá Alex, reencaminho-lhe isto que me chegou da Ordem — pareceu-me útil para a sua equipa em Itália:\n\n"
          "---------- Mensagem encaminhada ----------\nDe: Eventos OCC\nAssunto: Webinar gratuito: Pilar 2 e imposto mínimo global\n"
          "Data: 14 de outubro, 10h00 (Lisboa). Inscrição gratuita, 3 créditos de formação.\n\nAbraço, Tomás"),
  nl="pt-PT")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Jessa Villanueva", "Talent Acquisition Lead (in-house) | Ayala Group", "Makati",
  ("inm", "Finance Transformation Lead - Makati (hybrid)", "Hi Alex! Good day! 😊 I'm Jessa from the in-house TA team of Ayala Group. We're looking for a "
          "Finance Transformation Lead to be based in Makati, hybrid, with relocation package for the right person. Your S/4 and FP&A background looks like "
          "a good fit. Would u be open for a quick chat this week? JD here: careers.ayala.example/jd/FTL-0425"))
P("stranger_inmail_recruiter", "de", "Eva Mulder", "Corporate Recruiter | Rabobank", "Utrecht",
  ("inm", "Vacature: Manager Group Reporting (Utrecht)", "Hallo Alex, ik ben corporate recruiter bij Rabobank en we zoeken een Manager Group Reporting in "
          "Utrecht. Engelstalig team, hybride werken, goede relocatieregeling vanuit Duitsland. Je ervaring met consolidatie sluit goed aan. "
          "Heb je interesse in een vrijblijvend gesprek met de hiring manager? Groet, Eva"),
  nl="nl")
P("stranger_inmail_recruiter", "es", "Fernanda Oliveira", "Tech Recruiter | Nubank", "São Paulo",
  ("inm", "Vaga: Gerente de FP&A – remoto LatAm", "Olá Alex, tudo bem? Sou recruiter interna do Nubank e estamos com uma vaga de Gerente de FP&A, remota para "
          "LatAm, salário em dólar. Vi que você tem experiência com planejamento em empresas de pagamentos. Topa uma conversa de 20 min? Pode ser em espanhol ou inglês."),
  nl="pt-BR")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Zhang Hao", "Overseas Sales | Cross-border Payments", "Shenzhen",
  ("inm", "Cooperation Opportunity", "Dear Alex, Nice to meet you. We provide cross-border payment solution, fee lower than bank 70%, support 40 currency. "
          "Can we have video meeting this week?"),
  ("inm", "Re: Cooperation Opportunity", "Dear Alex, Follow up my last message. We give free account opening and first 3 months zero fee. Waiting your reply. Thanks"))
P("stranger_inmail_sales", "it", "Rodrigo Alves", "Founder | Automação financeira com IA", "Florianópolis",
  ("inm", "Proposta rápida 🚀", "Fala Alex! Rapidinho: a gente automatiza conciliação bancária com IA e já tem cliente na Itália. Posso te mostrar em 15 min? "
          "Se não fizer sentido, sem problema nenhum 🙏"),
  ("inm", "Re: Proposta rápida 🚀", "e aí Alex, conseguiu ver? a demo é bem rapidinha, juro 😅 calendly.com/rodrigo-conciliacao/15"),
  nl="pt-BR")
P("stranger_inmail_sales", "de", "Marta Lewandowska", "Nearshore Accounting Teams | Poland", "Poznań",
  ("inm", "Not sure if relevant", "Hi Alex, not sure if this is relevant at all, feel free to ignore. We build dedicated German-speaking accounting teams in "
          "Poznań for DACH companies, usually 30-40% cheaper than in-house. If it is ever a topic, I'd be happy to send a short case study or have a call."),
  nl="en")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Aditya Rao", "Chapter Lead, FP&A Trends Bengaluru | Anaplan", "Bengaluru",
  ("inv", "Hi Alex, I'm organiser of the Bengaluru chapter of FP&A Trends. Next month's session on driver-based planning is free and online, "
          "would be great to have you as panelist or just attendee."),
  ("msg", "Hi Alex, thanks for connecting! Here is the registration link for the 14th: fpa-trends.example/blr-14. Slides from last session are in the group files."),
  ("msg", "Hi Alex, hope you enjoyed the session. Wanted to let you know I've also started a consulting practice for Anaplan implementations. "
          "We have special pricing for FP&A Trends community members. Could we set up a 30 min call?", (10, 25)))
P("good_turns_ugly", "fr", "Lotte van Dijk", "Finance Business Partner | Vlerick alumna", "Antwerpen",
  ("inv", "Bonjour Alex – sorry, mijn Frans is niet goed 😅 Ik zag dat we allebei de Vlerick-opleiding Finance for Executives hebben gedaan. "
          "Ik houd een lijstje bij met finance-vacatures voor alumni, wil je erop?"),
  ("msg", "Hoi Alex, hier de lijst van deze maand (12 vacatures, Brussel/Antwerpen/Gent): bit.ly/vlerick-fin-jobs. Doorsturen mag!"),
  ("end",),
  ("msg", "Hoi Alex! Ik heb je trouwens onderschreven voor een paar vaardigheden 😊 Zou je mij ook willen onderschrijven voor 'Financial Planning'? "
          "Dat helpt echt bij recruiters. Dankjewel!"),
  nl="nl")
P("good_turns_ugly", "es", "Rowena Santos", "Accountant | Filipino Finance Network Spain", "Madrid",
  ("inv", "Hi Alex, im part of the filipino finance professionals network here in spain (we're small hehe). we do a free monthly kapihan (coffee meetup) "
          "in Madrid for finance people, no fees. wanna join?"),
  ("msg", "hi alex! next kapihan is sat 10am at Café Comercial, i saved u a seat 😊 also sharing the excel checklist for SII submissions that maria made, "
          "super useful: bit.ly/sii-checklist"),
  ("msg", "Hi Alex! hope ur well 😊 btw i recently became a licensed financial advisor, we have really good investment-linked insurance plans for expats "
          "in Spain. can i share a quick proposal? no pressure po", (15, 40)),
  nl="en")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Ravi Shankar", "Director - Client Relations | Offshore Bookkeeping", "Mumbai",
  ("inm", "Bookkeeping support @ USD 9/hr", "Hi Alex, we are providing bookkeeping and payroll support to European SMEs at USD 9/hr, dedicated resource, "
          "no long term contract. Shall I send you rate card?"),
  ("inv", "Hi Alex, hope you are doing well. Would love to connect and share knowledge on finance and accounting best practices.", (120, 200)))
P("reinvite_known_bad", "de", "Koen Verhoeven", "Account Executive | E-invoicing", "Breda",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met briefly at the Controller Congress in Munich (I was the tall Dutch guy asking about e-invoicing 😄). Would be nice to stay in touch."),
  ("rem",),
  nl="en")
P("reinvite_known_bad", "fr", "Leandro Farias", "Consultor | Seguros de vida e previdência", "Lyon",
  ("inv", "Oi Alex! Faço consultoria de seguros de vida e previdência para brasileiros na França. Bora marcar um café virtual pra eu te apresentar as opções?"),
  ("inv", "Oi Alex, tudo bem? Conectando de novo, acho que meu convite anterior se perdeu. Abraço!"),
  nl="pt-BR")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Liu Yang", "Trade & Investment", "Madrid",
  ("inv", "Hello I want connect for business"),
  ("inm", "arrogant", "you are very arrogant. I just want connect. in China we respect people. shame on you"),
  ("inv", "Hi Alex, sorry for my bad words before, I was angry that day. Can we connect again? I have now new job in Madrid as controller."),
  nl="en")
P("reinvite_known_ugly", "it", "Nuno Marques", "Diretor de Conferências | CFO Summit Ibérico", "Lisboa",
  ("inm", "Convite para painel – CFO Summit", "Caro Alex, gostaríamos muito de o ter como orador no painel sobre transformação financeira no CFO Summit "
          "de novembro. Seria uma honra contar consigo. Posso enviar os detalhes?"),
  ("inm", "Painel CFO Summit – condições", "Caro Alex, segue em anexo o pacote de participação dos oradores: 3.900 € + IVA (inclui lugar no painel, "
          "jantar de gala e destaque na newsletter). Confirma até sexta para garantirmos o lugar?"),
  ("inv", "Olá Alex, gostaria de o ter na minha rede. Cumprimentos, Nuno", (100, 200)),
  nl="pt-PT")
P("reinvite_known_ugly", "de", "Bart Wouters", "Zaakvoerder | Bedrijfsfinanciering", "Hasselt",
  ("inv", "Hallo Alex, wij zoeken financieringsoplossingen voor Duitse KMO's met Belgische dochters. Even connecten?"),
  ("inm", "Jammer", "Beste Alex, blijkbaar ben ik niet interessant genoeg. Ik dacht dat mensen in finance beleefder waren. Nu weet ik beter."),
  ("inv", NONOTE),
  nl="nl")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Funmilayo Adebayo", "Founder | Virtual Assistant Agency", "Lagos",
  ("acc",),
  ("msg", "Hello Alex, thanks for the invite! 😊 I run a virtual assistant agency in Lagos - bookkeeping support, invoice chasing, calendar management "
          "from $6/hr. Do you have any needs at the moment? www.funmi-va.example"))
P("user_invited_pitch_once", "de", "Pieter Claes", "Partner | Fiscaal advies Benelux-Duitsland", "Antwerpen",
  ("acc",),
  ("msg", "Hallo Alex, bedankt voor de uitnodiging. Misschien interessant: wij begeleiden Duitse groepen bij hun Belgische btw-aangiftes en "
          "vennootschapsbelasting. Als je wilt, maak ik een offerte op maat. Groeten, Pieter"),
  nl="nl")
P("user_invited_pitch_once", "fr", "Zhao Min", "Business Development | Invoice OCR", "Lyon",
  ("acc",),
  ("msg", "Dear Alex, thank you for add me. Our company is specialized in invoice OCR software, support French and Chinese invoices. Free trial 30 days "
          "then only 199 EUR/month. Interested?"),
  nl="en")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Karthik Subramanian", "Salesforce Practice Lead | CPQ & Billing", "Chennai",
  ("acc",),
  ("msg", "hi alex thanks for connecting. we are salesforce partner doing CPQ and billing implementations, have done 40+ SaaS cos. "
          "would u be open for a quick 15 min call next week"),
  ("msg", "hi alex following up on this. can share case studies if u want. pls let me know a good time", (6, 12)))
P("user_invited_pitch_twice", "it", "Vinícius Barros", "Sócio | Abertura de empresas na Itália e Portugal", "Bologna",
  ("acc",),
  ("msg", "Oi Alex, obrigado por me adicionar! Trabalho com abertura de empresas e contabilidade pra brasileiros na Itália e em Portugal. "
          "Se você ou algum cliente precisar, faço orçamento sem compromisso 😉"),
  ("msg", "Oi Alex, subindo essa conversa 🙂 Essa semana tô com condição especial pra pacote completo (abertura + 6 meses de contabilidade).\n\n"
          "Em ter., 3 de mar., Vinícius Barros escreveu:\n> Oi Alex, obrigado por me adicionar! Trabalho com abertura de empresas e contabilidade..."),
  nl="pt-BR")
P("user_invited_pitch_twice", "es", "Bartosz Mazur", "Sales Manager | IT Outsourcing", "Gdańsk",
  ("acc",),
  ("msg", "Hello Alex, thank you for invitation. We are IT outsourcing company from Gdańsk, we have SAP FI/CO consultants available from next month, "
          "rate 55 EUR/h. Do you need any support?"),
  ("msg", "Hi Alex, I write again because two of our consultants are free from 1st. Maybe your team has some project? I can send CVs today."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Adaeze Nnamdi", "Head of Financial Reporting | Lagos", "Lagos",
  ("acc",),
  ("msg", "Hi Alex, thanks for reaching out! Re your question about IFRS 16 in Nigeria: the regulator issued a guidance note in 2023, "
          "I've put the PDF here: bit.ly/frc-ifrs16-note. Happy to jump on a call if you need more context. No charge of course 😄"),
  ("msg", "Alex, quick follow-up: a friend at the FRC confirmed the transition relief also applies to the 2024 year-end. Screenshot of her email here: "
          "bit.ly/frc-transition-2024. Good luck with the audit!", (5, 20)))
P("user_invited_value", "de", "Willem de Jong", "Tax Director | Horizontaal toezicht", "Den Haag",
  ("acc",),
  ("msg", "Hoi Alex, leuk dat je me uitnodigde! Zoals beloofd de checklist die wij gebruiken voor het tax control framework (TCF), "
          "in het Engels: bit.ly/tcf-checklist-nl. Mocht je vragen hebben over de Nederlandse kant, bel gerust."),
  nl="nl")
P("user_invited_value", "fr", "Sofia Almeida", "Diretora Financeira | Retalho", "Lisboa",
  ("acc",),
  ("msg", "Olá Alex, obrigada pelo convite! Vi que anda à procura de alguém para a vaga de controller em Lisboa. Tenho uma ex-colega excelente, a Marta "
          "Sequeira, que está disponível a partir de janeiro. Posso apresentar-vos por email?"),
  ("msg", "Olá Alex, fiz a apresentação por email há pouco (assunto: 'Marta <> Alex, controller Lisboa'). Ela tem 8 anos de Big Four e fala espanhol. "
          "Depois diga-me se correu bem!", (2, 6)),
  nl="pt-PT")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Daan Visser", "CFO | Scale-up", "Amsterdam", ("acc",))
P("acceptance_only", "en", "Gabriela Pires", "Controller | Agronegócio", "Goiânia", ("acc",))
P("lone_endorsement", "en", "Siddharth Menon", "Financial Analyst", "Bengaluru", ("end",))
P("lone_endorsement", "it", "Rik van Leeuwen", "Controller", "Verona", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Helena Brandt", "helena.brandt@example.de", "Inês aus Porto",
     "Hallo Alex,\n\nich habe Inês Carvalho gesagt, sie soll dich auf LinkedIn anschreiben wegen Pillar 2 / Verrechnungspreise. Sehr fit, lohnt sich.\n\nHelena", "de"),
    ("Marlon dela Cruz", "marlon.delacruz@ssc.example.ph", "FW: IC recon template questions",
     "hi alex, sending the questions here also in case u dont check linkedin 😊\n\n1. which tolerance do we use for FX diff?\n2. who approves the write-off?\n"
     "3. deadline WD3 or WD4?\n\nthx po\nmarlon", "en"),
    ("WhatsApp Business", "noreply@whatsapp.example", "Nova mensagem de +55 11 98765-4321",
     "Você tem uma nova mensagem: \"Oi Alex, vi seu perfil no LinkedIn, posso te mandar um áudio sobre consórcio?\"", "pt"),
    ("Vlerick Alumni", "alumni@vlerick.example.be", "Nieuwsbrief alumni: netwerkborrel 20 november",
     "Beste alumnus,\n\nOp 20 november is er een netwerkborrel in Gent. Deel je foto's op LinkedIn met #VlerickAlumni.\n\nTot dan!", "nl"),
    ("Calendly", "notifications@calendly.example", "New event: 20 min with Thiago Moreira",
     "A new event has been scheduled: 20 min with Thiago Moreira (booked via LinkedIn). Cancel or reschedule from your dashboard.", "en"),
    ("Ordem dos Contabilistas", "eventos@occ.example.pt", "Webinar gratuito: Pilar 2",
     "Caro(a) membro,\n\nInscreva-se no webinar gratuito de 14 de outubro. Siga-nos também no LinkedIn.\n\nOCC", "pt"),
    ("IT-Helpdesk", "helpdesk@firma.example.de", "Phishing-Warnung: gefälschte LinkedIn-Mails",
     "Liebe Kolleginnen und Kollegen,\n\nderzeit kursieren gefälschte LinkedIn-Einladungen von linkedln.com. Bitte nicht klicken und an uns weiterleiten.\n\nIhr IT-Helpdesk", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot eighth development corpus (dev8). Generated by scripts/make_corpus_dev8.py (seed {SEED}); do not edit by hand.",
          "# Messy, multilingual writing: pt-BR, pt-PT and Dutch writers, notes in another language than LinkedIn's wording, non-native English,",
          "# text-speak, emoji, one-word notes, signature blocks, quoted history, links. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev8", SEED, PEOPLE, FOREIGN, spoofs=7, other=7, header=HEADER)
