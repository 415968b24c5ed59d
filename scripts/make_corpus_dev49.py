#!/usr/bin/env python3
"""Write mailbot's forty-ninth, independent development corpus: tests/corpus/dev49/*.eml + expected.toml.

The angle: the user Alex founded and runs a 15-person marketing agency. Their LinkedIn world is
thick with sellers: other agencies offering white-label delivery, lead-generation shops that
sell booked meetings, SaaS vendors (CRM, timesheets, SEO suites), freelancers offering their
services, printers and media owners, award schemes that charge entry fees or sell gala tables,
podcasts and "reports" that charge their guests. Against that stand the people who bring value:
clients' marketing managers with a brief or a pitch invitation, peer agency founders who pass on
work they cannot take, ask a peer's question or share a benchmark, organisers of free meetups,
podcast hosts who charge nothing, university lecturers, recruiters with a real role. And the ugly
side: jury seats, founder circles, free checklists and podcast slots used as bait, endorse-me-back
from freelancers, and hostility from ignored freelancers and sellers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles and keywords, the LinkedIn News, group and newsletter topics, the headlines of spoof-only
names and PYMK suggestions, and the notes that spoofs carry are swapped for marketing-agency ones
in this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev49.py              # writes tests/corpus/dev49
    python scripts/make_corpus_dev49.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260849

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ agency world (this process only)
SKILLS = {
    "en": ["Digital Marketing", "Brand Strategy", "Content Strategy", "Social Media Marketing", "SEO", "Team Leadership"],
    "de": ["Digitales Marketing", "Markenstrategie", "Content-Strategie", "Social-Media-Marketing", "SEO", "Agenturführung"],
    "fr": ["Marketing digital", "Stratégie de marque", "Stratégie de contenu", "Réseaux sociaux", "SEO"],
    "es": ["Marketing digital", "Estrategia de marca", "Estrategia de contenidos", "Redes sociales", "SEO"],
    "it": ["Marketing digitale", "Brand strategy", "Content strategy", "Social media marketing", "SEO"],
}
RHEADLINE = {
    "en": "Founder & CEO at Fieldnote | Independent marketing agency",
    "de": "Gründer & CEO bei Fieldnote | Unabhängige Marketingagentur",
    "fr": "Fondateur et CEO chez Fieldnote | Agence marketing indépendante",
    "es": "Fundador y CEO en Fieldnote | Agencia de marketing independiente",
    "it": "Founder e CEO presso Fieldnote | Agenzia di marketing indipendente",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.JOBS[:] = [("Head of Marketing", "Northwind Retail Group"), ("Marketing Director (m/w/d)", "Oberland Brauerei"),
              ("Directeur·rice de la communication", "Coopérative des Monts"), ("Responsable de Marketing Digital", "Grupo Alvedra"),
              ("Brand Manager", "Pastificio Valli"), ("Fractional CMO – B2B SaaS", "Kestrel Partners")]
mc.COMPANIES["good"] = ["Northwind Retail Group", "Oberland Brauerei", "Harlow & Finch", "Thistle & Pine", "Saalfeld Kommunikation",
                        "Estudio Nómada", "Gruppo Levante", "University of Salford"]
mc.COMPANIES["sales"] = ["Pixelforge", "Pipeline Booster", "Flowdesk", "Rankwerk", "AwardsDesk", "LeadHive", "Looply", "StockShot"]
mc.HEADLINES["good"] = ["Marketing Manager at {co}", "Founder, {co} (brand studio)", "Head of Brand | {co}", "Account Director at {co}",
                        "Content Lead, {co}", "Senior Lecturer in Marketing, {co}"]
mc.HEADLINES["sales"] = ["Partnerships Manager at {co}", "Founder & CEO at {co} | We help agencies scale", "Account Executive | {co}",
                         "Business Development @ {co}", "White-label partner for agencies | {co}"]
SPOOF_NOTE = {
    "en": ["Hi {first}, your agency has been shortlisted for Agency of the Year. Confirm your entry and pay the listing fee here before midnight.",
           "Hello {first}, I shared the brief for our rebrand with you. Sign in with your LinkedIn password to open the document."],
    "de": ["Hallo {first}, Ihre Agentur steht auf der Shortlist. Bitte bestätigen Sie die Teilnahme und zahlen Sie die Gebühr über diesen Link.",
           "Hallo {first}, ich habe Ihnen unser Briefing freigegeben. Zum Öffnen bitte mit Ihren LinkedIn-Daten anmelden."],
    "fr": ["Bonjour {first}, votre agence est nominée. Confirmez votre candidature et réglez les frais de dossier via ce lien avant ce soir.",
           "Bonjour {first}, je vous ai partagé notre brief de refonte. Connectez-vous avec vos identifiants LinkedIn pour l'ouvrir."],
    "es": ["Hola {first}, tu agencia ha sido preseleccionada. Confirma la candidatura y abona la tasa desde este enlace antes de medianoche.",
           "Hola {first}, te he compartido el briefing del rebranding. Inicia sesión con tu contraseña de LinkedIn para verlo."],
    "it": ["Ciao {first}, la tua agenzia è in shortlist. Conferma la candidatura e paga la quota da questo link entro stasera.",
           "Ciao {first}, ti ho condiviso il brief del rebranding. Accedi con la password di LinkedIn per aprirlo."],
}
for _l, _n in SPOOF_NOTE.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
SPOOF_SUBJECTS = {"en": ["Your agency is shortlisted", "Brief attached", "Quick question"], "de": ["Shortlist", "Briefing", "Kurze Frage"],
                  "fr": ["Nomination", "Brief", "Petite question"], "es": ["Preselección", "Briefing", "Pregunta rápida"],
                  "it": ["Shortlist", "Brief", "Domanda veloce"]}
for _l, _n in SPOOF_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = list(_n)
OTHER_TOPICS = {
    "en": dict(job=("{n} new jobs for \"head of marketing\"", "Your job alert for head of marketing in {city}", "View job"),
               news=("Are agencies losing the retainer model?", "Top stories for you from LinkedIn News"),
               group=("Top conversations in Independent Agency Owners", "Here are the top conversations in your group this week"),
               newsletter=("The Agency Ledger: pricing creative work in 2025", "New edition of a newsletter you subscribed to")),
    "de": dict(job=("{n} neue Jobs für „Marketingleitung“", "Ihr Jobalarm für Marketingleitung in {city}", "Job anzeigen"),
               news=("Stirbt das Agentur-Retainer-Modell?", "Top-Meldungen von LinkedIn News für Sie"),
               group=("Top-Unterhaltungen in Agenturinhaber DACH", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
               newsletter=("Agenturalltag: Angebote kalkulieren ohne Bauchweh", "Neue Ausgabe eines Newsletters, den Sie abonniert haben")),
    "fr": dict(job=("{n} nouvelles offres pour « directeur marketing »", "Votre alerte emploi pour directeur marketing à {city}", "Voir l'offre"),
               news=("Les agences en ont-elles fini avec le forfait mensuel ?", "Les actualités du jour de LinkedIn News"),
               group=("Meilleures discussions dans Agences indépendantes de France", "Voici les meilleures discussions de votre groupe cette semaine"),
               newsletter=("Le carnet de l'agence : vendre la stratégie avant l'exécution", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné")),
    "es": dict(job=("{n} empleos nuevos de «director de marketing»", "Tu alerta de empleo de director de marketing en {city}", "Ver empleo"),
               news=("¿Se acaba el fee mensual en las agencias?", "Noticias destacadas de LinkedIn Noticias"),
               group=("Conversaciones destacadas en Agencias Independientes", "Estas son las conversaciones más destacadas de tu grupo"),
               newsletter=("Cuaderno de agencia: cómo presupuestar la creatividad", "Nueva edición de un boletín al que estás suscrito")),
    "it": dict(job=("{n} nuove offerte per «marketing manager»", "Il tuo avviso di lavoro per marketing manager a {city}", "Visualizza offerta"),
               news=("Le agenzie dicono addio al fee mensile?", "Le notizie principali di LinkedIn Notizie"),
               group=("Conversazioni principali in Titolari di agenzia", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
               newsletter=("Il quaderno dell'agenzia: preventivare la creatività", "Nuova edizione di una newsletter a cui sei iscritto")),
}
for _l, _o in OTHER_TOPICS.items():
    mc.OTHER[_l].update(_o)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Callum Fraser", "Founder, Thistle & Pine (packaging & FMCG brand studio)", "Glasgow",
  ("inv", "Alex, we keep getting B2B SaaS briefs that just aren't our thing (we're packaging and FMCG). Your case studies look like a far better fit. "
          "Happy to send them your way, no finder's fee, pay it forward if a retail job lands on your desk one day."),
  ("rem",))
P("good_invitation", "de", "Miriam Kästner", "Leiterin Marketing | Oberland Brauerei", "München",
  ("inv", "Hallo Alex, wir stellen gerade unseren Agenturpool für 2025 neu auf und Ihr Name kam von unserem Vertriebsleiter. "
          "Hätten Sie Interesse, beim Pitch für unseren Markenrelaunch dabei zu sein? Das Briefing geht nächste Woche raus, Pitchhonorar gibt es auch."))
P("good_invitation", "fr", "Yannick Le Goff", "Organisateur de l'Apéro Marketing Nantes | Traffic manager", "Nantes",
  ("inv", "Salut Alex ! Chaque 1er jeudi on fait un apéro entre gens du marketing à Nantes : gratuit, pas de sponsor, pas de pitch. "
          "Prochain thème, le SEO local. Ça te dirait de passer ? Un avis de patron d'agence nous manque autour de la table."),
  ("rem",))
P("good_invitation", "es", "Lucía Arrieta", "Cofundadora | Estudio Nómada, agencia de contenidos", "Valencia",
  ("inv", "Hola Alex, pregunta de colega: ¿cómo cobráis la estrategia de contenidos, por proyecto o con fee mensual? Con los retainers estamos "
          "perdiendo dinero y me vendría bien otra mirada. A cambio te cuento lo que nos ha funcionado con los freelances."))
P("good_invitation", "it", "Tommaso Valli", "Host di Bottega Digitale, il podcast delle agenzie indipendenti", "Bologna",
  ("inv", "Ciao Alex! Conduco un podcast sulle agenzie indipendenti, ci ascoltano soprattutto titolari e freelance. Ti va di venire ospite "
          "a raccontare come hai fatto crescere il team? Zero costi, 40 minuti da remoto, e poi ti giro l'audio da usare come vuoi."))
P("good_invitation", "en", "Priyanka Desai", "Programme Lead, Marketing Futures Awards (student category)", "Birmingham",
  ("inv", "Hi Alex - we're looking for agency founders to judge the student category of the Marketing Futures Awards. Voluntary, nothing "
          "to pay either way: six short entries to read in March, then a one-hour panel online. Dr Hale at Aston suggested you."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Gavin Stroud", "Growth Marketer | Funnels | Paid Social | DM me", "Leeds", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Debora Pini", "Social Media Manager freelance", "Brescia", ("inv", DEFAULT))
P("default_invitation", "fr", "Karim Haddad", "Business Developer | Affichage digital", "Marseille", ("inv", NONOTE))
P("default_invitation", "de", "Benedikt Auer", "Vertrieb | Messe- und Eventtechnik", "Nürnberg", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Harvey Quist", "Partnerships | Pixelforge – white-label web development for agencies", "Kraków",
  ("inv", "Hey Alex, we're the silent dev team behind 40+ agencies in the UK and DACH. You sell the website, we build it under your brand "
          "for about a third less than an in-house team. Worth a 15 min intro call next week?"),
  nl="en")
P("sales_invitation", "de", "Svenja Ohlendorf", "Neukunden für Agenturen | Pipeline Booster", "Hamburg",
  ("inv", "Hallo Alex, bei Agenturen Ihrer Größe hängt das Neugeschäft fast immer am Gründer. Wir liefern 8–12 qualifizierte Termine "
          "mit Marketingleitern im Monat, Sie zahlen pro Termin. Darf ich Ihnen zeigen, wie das bei einer Kölner Agentur lief?"),
  ("rem",))
P("sales_invitation", "fr", "Margaux Delorme", "Responsable partenariats | Trophées de la Com' Digitale", "Paris",
  ("inv", "Bonjour Alex, les inscriptions aux Trophées de la Com' Digitale sont ouvertes et votre agence a toute sa place en catégorie "
          "« Agence indépendante ». Frais de dossier 490 € HT par catégorie, tarif early bird jusqu'au 15. Je vous envoie le dossier ?"))
P("sales_invitation", "es", "Diego Carrasco", "Diseñador freelance | Branding & Motion", "Buenos Aires",
  ("inv", "Hola Alex! Soy diseñador freelance, 8 años en branding y motion. Trabajo como refuerzo para agencias europeas cuando van a tope, "
          "35 €/hora o precio cerrado por proyecto. ¿Te paso portfolio y vemos cómo puedo sumar al equipo?"),
  ("rem",))
P("sales_invitation", "it", "Serena Ghidini", "Account Manager | Flowdesk, il gestionale per agenzie creative", "Milano",
  ("inv", "Buongiorno Alex, timesheet e preventivi ancora su Excel? Flowdesk mette insieme CRM, ore e fatturazione per le agenzie. "
          "Le propongo una demo di 20 minuti; chi attiva entro marzo ha il primo trimestre gratis."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Brandon Kaye", "Host, The Agency Growth Show 🎙️ | Top 1% business podcast", "Austin",
  ("inv", "Alex, loved your post about firing your biggest client. I host The Agency Growth Show and I think your story would land "
          "really well with our listeners. Open to coming on as a guest?"),
  ("msg", "Awesome, thanks for connecting! Quick overview of how it works: we record a 45-min episode and handle editing, show notes and promo "
          "across our channels. There's a one-time production investment of $1,450 to lock in your episode (most guests land 2-3 clients off the back of it). "
          "Want the booking link?", (2, 6)),
  ("msg", "Hey Alex, bumping this - only 3 guest spots left for Q2 and I can hold one for you until Friday.", (6, 14)))
P("bait_and_switch_invitation", "de", "Carsten Rieble", "Gründer | Inhaberrunde Agenturen Süd", "Stuttgart",
  ("inv", "Hallo Alex, ich lade gerade eine Handvoll Inhaber:innen kleiner Agenturen zu einem Austausch ein: einmal im Quartal, kein Programm, "
          "einfach offen reden über Personal, Preise und Kunden. Hätten Sie Lust, dabei zu sein?"),
  ("rem",),
  ("msg", "Freut mich sehr, dass Sie dabei sind! Noch kurz die Eckdaten: Die Runde gehört zu unserem begleiteten Wachstumsprogramm für Agenturen, "
          "12 Monate, 590 € netto im Monat, die ersten zwei Treffen sind zum Reinschnuppern. Wann passt Ihnen ein Onboarding-Call?", (3, 12)))
P("bait_and_switch_invitation", "fr", "Clément Vasseur", "Fondateur | Studio Ponant, agence SEO", "Rennes",
  ("inv", "Bonjour Alex, une question de confrère : vous utilisez quel outil pour le reporting client ? On hésite entre deux et j'aimerais "
          "l'avis d'une agence indépendante qui a un peu de recul."),
  ("msg", "Merci pour la réponse, très utile ! Du coup je me permets : on fait aussi du SEO en marque blanche pour d'autres agences, "
          "environ 40 % moins cher que si vous le faisiez en interne. Je vous envoie notre grille ?"),
  ("msg", "Petite relance Alex : un créneau se libère en avril pour une nouvelle agence partenaire. On se cale 20 minutes cette semaine ?", (5, 15)))
P("bait_and_switch_invitation", "es", "Marina Zurbano", "Directora | Premios Nacionales de Marketing Digital", "Madrid",
  ("inv", "Hola Alex, desde la organización de los Premios estamos buscando fundadores de agencia para el jurado de esta edición. "
          "Es un reconocimiento a tu trayectoria y nos encantaría contar contigo. ¿Conectamos?"),
  ("msg", "¡Gracias por aceptar! Te explico cómo funciona: los miembros del jurado presentan también al menos dos candidaturas de su propia agencia "
          "(350 € por candidatura, con un 20 % de descuento para jurado) y reservan mesa en la gala, 1.800 €. ¿Te mando el formulario?", (4, 12)))
P("bait_and_switch_invitation", "it", "Giorgio Brambati", "Founder | Margini Sani – consulenza per titolari di agenzia", "Verona",
  ("inv", "Ciao Alex, ho preparato una checklist gratuita di 24 punti per capire dove le agenzie perdono margine sui progetti. "
          "Te la giro volentieri, nessun impegno."),
  ("msg", "Eccola, spero ti torni utile. Già che ci siamo: la checklist è il primo passo del nostro percorso per titolari di agenzia, "
          "sei mesi a 1.200 € al mese. Ti va una call conoscitiva giovedì?", (1, 5)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Felicity Harrow", "Editor | Agency Leaders Report 2025", "London",
  ("inm", "Feature in the Agency Leaders Report", "Hi Alex, we're putting together the Agency Leaders Report 2025, profiling 30 independent agency founders "
          "across the UK. A couple of your peers recommended you. Could we feature you? It's a short Q&A by email, ten minutes of your time."),
  ("inm", "Your feature - next steps", "Thanks so much Alex, delighted you're in! To confirm your feature we just need you to pick a profile package: "
          "Standard (£995, half page) or Premium (£2,250, full page plus a cover mention). I'll send the invoice for whichever you prefer.", (3, 9)))
P("bait_and_switch_inmail", "de", "Jasper Lindholm", "Community Manager | Agency Founders DACH (Slack)", "Berlin",
  ("inm", "Einladung in unsere Slack-Community", "Hi Alex, wir sind eine Slack-Community mit rund 600 Agenturgründer:innen aus dem DACH-Raum. "
          "Da geht's um Preise, Hiring, Tools, ganz offen. Kostet nichts. Magst du beitreten? Dann schick ich dir den Link."),
  ("inm", "Noch was", "Schön, dass du drin bist! Ich bin übrigens auch Gründer von LeadLoop, wir machen Outbound-Kampagnen für Agenturen, "
          "bezahlt wird pro gebuchtem Termin. Als Community-Mitglied bekommst du 15 % Rabatt. Sollen wir nächste Woche 20 Minuten telefonieren?"))
P("bait_and_switch_inmail", "fr", "Aurore Blanchet", "Dirigeante | Agence Brise (Lyon)", "Lyon",
  ("inm", "Question sur votre cas client", "Bonjour Alex, j'ai lu votre étude de cas sur la refonte pour la mutuelle. Je dirige aussi une petite agence "
          "et je me demandais comment vous aviez convaincu le client de payer une vraie phase de recherche utilisateurs. Vous auriez dix minutes ?"),
  ("inm", "Merci !", "Merci pour votre réponse, très généreuse. En parallèle je développe une formation à la vente pour dirigeants d'agence : "
          "3 jours, 2 400 € HT, finançable OPCO. Vu nos échanges, je pense qu'elle vous parlerait. Je vous envoie le programme ?", (4, 14)))
P("bait_and_switch_inmail", "es", "Rodrigo Iturbe", "Productor | Podcast «Fundadores sin filtro»", "Ciudad de México",
  ("inm", "Invitación al podcast", "¡Hola Alex! Te escribo de «Fundadores sin filtro», un podcast con fundadores de agencias de toda Latinoamérica y España. "
          "Nos encantó tu charla sobre equipos remotos y queremos invitarte como invitado en la próxima temporada."),
  ("inm", "Detalles de tu episodio", "Qué bueno que te interesa, Alex. Para reservar la grabación trabajamos con un aporte de coproducción de 690 USD, "
          "que incluye edición, clips para redes y la difusión en nuestro newsletter. Te comparto el enlace de pago para fijar la fecha."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Jake Morrissey", "Freelance PPC Specialist | Google Ads & Meta", "Cork",
  ("end",), ("end",),
  ("msg", "Alex!! endorsed you for {skill} and a couple more, you're a legend. any chance you could endorse me for Google Ads + PPC? "
          "trying to get my profile looking legit for agency work 🙏"))
P("endorse_me_back", "de", "Tanja Wiesinger", "Texterin & Konzepterin | freiberuflich", "Wien",
  ("end",),
  ("msg", "Servus Alex, hab dir grad {skill} bestätigt, bei der Kampagne für die Therme hast du das ja bewiesen 😊 Wärst du so lieb und "
          "bestätigst mir Copywriting und Konzeption? Ich bewerb mich gerade bei zwei Agenturen, da zählt jede Kleinigkeit."))
P("endorse_me_back", "fr", "Ludovic Pradier", "Consultant SEA | Formateur Google Ads", "Bordeaux",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, je me suis permis de valider vos compétences en {skill}. Si vous avez une minute, une validation de votre part sur "
          "« Google Ads » et « Formation » me serait précieuse. Au plaisir !"))
P("endorse_me_back", "it", "Martina Gerli", "Social media manager | Content creator", "Napoli",
  ("end",),
  ("msg", "ciao Alex!! ti ho confermato {skill} 💪 mi ricambi con Social Media Marketing e TikTok? grazie milleee"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Dale Prosser", "Freelance Web Developer | WordPress & Webflow", "Bristol",
  ("inv", "Hi Alex, I build fast Webflow and WordPress sites for agencies on a subcontract basis. Happy to send examples, rates are fair."),
  ("rem",),
  ("inm", "Seriously?", "Two weeks and not even a 'no thanks'. You agency owners love posting about community and lifting each other up, "
          "but replying to a freelancer is apparently beneath you. Bit of a joke honestly. Hope your clients treat you better than you treat people."))
P("hostility_after_decline", "de", "Nico Falkenberg", "Freier Motion Designer | 2D/3D", "Köln",
  ("inv", "Hallo Alex, ich bin freier Motion Designer und suche Agenturen für eine längerfristige Zusammenarbeit. Showreel gern auf Anfrage."),
  ("inm", "Na super", "Ehrlich, ich schreib Sie freundlich an und Sie ignorieren mich einfach. So behandeln Agenturen Freelancer, und dann jammert "
          "die ganze Branche über Fachkräftemangel. Ziemlich arrogant, finde ich."))
P("hostility_after_decline", "fr", "Sandrine Moulin", "Rédactrice web SEO freelance", "Toulouse",
  ("inv", "Bonjour Alex, rédactrice web SEO depuis six ans, je cherche de nouvelles agences partenaires. Au plaisir d'échanger !"),
  ("inm", "Dommage", "Bonjour, je vois que vous avez consulté mon profil sans accepter mon invitation. Quel mépris. Les indépendants sont des "
          "êtres humains, pas des lignes de budget. Je ne manquerai pas de raconter autour de moi comment votre agence traite les freelances."))
P("hostility_after_decline", "es", "Bruno Salcedo", "CEO | Agencia de growth hacking", "Sevilla",
  ("inv", "Alex, te escribo porque creo que podemos duplicar los leads de tus clientes en 90 días con nuestro sistema. ¿Hablamos esta semana?"),
  ("rem",),
  ("inm", "En serio?", "Te escribo con una propuesta currada y ni me contestas. Así os va a las agencias pequeñas, creyéndoos más de lo que sois. "
          "Suerte, la vas a necesitar."))
P("hostility_after_decline", "it", "Fabio Cresci", "Videomaker freelance | Reel, spot, video aziendali", "Torino",
  ("inv", "Ciao Alex, faccio video aziendali e reel e collaboro come esterno con diverse agenzie. Ti va di collegarci?"),
  ("inm", "...", "Ok ho capito, per te i freelance sono invisibili. Complimenti per l'umiltà. Vi lamentate che non trovate talenti e poi "
          "trattate così chi vi scrive. Vergognatevi."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Conor Whelan", "Founder | LeadHive – B2B appointment setting for agencies", "Dublin",
  ("msg", "Hey Alex, quick one. We book 10+ discovery calls a month for agencies your size using a mix of LinkedIn and cold email. "
          "Done-for-you, pay per booked call. Open to a chat?"),
  ("msg", "Alex, circling back on this. Would Thursday or Friday work for 15 mins?"),
  ("msg", "Three messages and you can't spare thirty seconds to reply. Must be nice to be so busy. Don't come crying when the referrals dry up, "
          "mate. Zero manners."))
P("hostility_connection", "it", "Stefano Rapisarda", "Fotografo commerciale | Still life e corporate", "Catania",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Ti lascio il mio listino per shooting prodotto e corporate: alle agenzie faccio il 10 % di sconto. "
          "Se avete un progetto in arrivo io ci sono."),
  ("msg", "Alex, il collegamento me l'hai chiesto tu, ti ho scritto con educazione e non mi hai degnato nemmeno di un 'grazie, non ora'. "
          "Che maleducazione. Non so come facciate a tenervi i clienti."))
P("hostility_connection", "es", "Ainhoa Berasategui", "Directora comercial | Medios exteriores y OOH", "Bilbao",
  ("msg", "Hola Alex, tenemos disponibilidad en mupis y lonas de Bilbao y Donostia para la campaña de otoño, con tarifas de agencia. "
          "¿Te preparo una propuesta para alguno de tus clientes?"),
  ("msg", "Vaya, visto y no contestado. Qué poca profesionalidad para alguien que vende 'relaciones' a sus clientes. Ya me acordaré cuando "
          "me pidas espacios en diciembre."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Ole Brandtner", "Account Executive | Rankwerk SEO-Suite", "Hamburg",
  ("msg", "Moin Alex, viele Agenturen arbeiten noch mit drei SEO-Tools gleichzeitig. Rankwerk bündelt Rankings, Audits und White-Label-Reports "
          "in einer Oberfläche. Darf ich Ihnen 20 Minuten Demo einrichten?"),
  ("msg", "Hallo Alex, kurzer Nachtrag: Für Agenturen bis 20 Mitarbeitende haben wir gerade ein Paket mit 30 % Nachlass im ersten Jahr. "
          "Passt Ihnen Dienstag für einen Call?"))
P("connection_only_pitches", "fr", "Hugo Sarrazin", "Conseiller en protection sociale du dirigeant", "Lille",
  ("msg", "Bonjour Alex, en tant que dirigeant d'agence, êtes-vous sûr d'être bien couvert en cas d'arrêt de travail ? Je vous propose "
          "un bilan prévoyance gratuit de 30 minutes."),
  ("msg", "Je me permets de revenir vers vous : nos contrats « homme clé » protègent aussi l'agence si vous êtes absent. Un créneau cette semaine ?"),
  ("msg", "Dernier message de ma part : il me reste deux rendez-vous jeudi. Lequel vous arrange ?"))
P("connection_only_pitches", "en", "Tiffany Marsh", "Partnerships | AwardsDesk – award entries written for agencies", "Manchester",
  ("msg", "Hi Alex! Awards season is coming round again. We write and submit award entries for agencies, 72% shortlist rate last year. "
          "Packages from £1,200 per entry. Shall I send our calendar of the big ones?"),
  ("msg", "Hi Alex, the Drum and the Campaign deadlines are four weeks out. We have capacity for two more agencies this round - worth a quick call?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Ricardo Palau", "Fundador | Pantallas Urbanas – circuito DOOH", "Valencia",
  ("msg", "Buenas Alex, acabamos de instalar 40 pantallas digitales en centros comerciales de Levante. Para agencias damos un 25 % de comisión "
          "sobre la inversión de sus clientes. ¿Te mando tarifas y mapa de ubicaciones?"))
P("single_pitch", "it", "Ilaria Bonfanti", "Consulente finanza agevolata | Bandi per PMI", "Bergamo",
  ("msg", "Buongiorno Alex, è uscito il nuovo bando regionale per la digitalizzazione: copre fino al 50 % dei costi di software e formazione. "
          "Seguiamo tutta la pratica con un compenso a successo del 10 %. Le interessa una verifica dei requisiti?"))
P("single_pitch", "en", "Oscar Pettigrew", "Founder | StockShot – AI product photography", "London",
  ("msg", "Alex, saw Fieldnote does a lot of e-commerce work. StockShot turns a phone snap into studio-grade product shots in 30 seconds, "
          "and agencies get reseller pricing. Can I set you up with a free trial account and a 15-min walkthrough?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Rebecca Lau", "Marketing Manager | Harlow & Finch", "London",
  ("msg", "Hi Alex, as promised, the brief for the spring campaign is in the shared folder: budget is £40k for creative and paid, launch mid-April. "
          "We're asking three agencies for a proposal and I'd really like Fieldnote to be one of them. Could you get something back to me by the 28th?"),
  ("msg", "Also, our CMO loved the mood boards from last year, so feel free to build on them. Shout if anything in the brief is unclear."))
P("connection_brings_value", "de", "Henrike Saalfeld", "Inhaberin | Saalfeld Kommunikation", "Leipzig",
  ("end",),
  ("msg", "Hallo Alex, bei uns kam gerade eine Anfrage von einem Fahrradhersteller rein, der eine komplette Social-Kampagne für UK braucht. "
          "Für uns zu groß und zu englisch. Darf ich ihm Ihren Kontakt geben? Ohne Provision, das machen wir unter Agenturen so."))
P("connection_brings_value", "fr", "Bastien Roudier", "Organisateur | Meetup Growth Marketing Lyon", "Lyon",
  ("msg", "Hello Alex, on relance le meetup growth le 12 : entrée libre, on est hébergés par une école, et cette fois on parle de pricing "
          "des prestations d'agence. Si tu veux faire 10 minutes de retour d'expérience, la scène est à toi."),
  ("msg", "Merci d'être venu ! Comme promis, les slides des trois intervenants et l'enregistrement : tout est dans le drive partagé. "
          "N'hésite pas à faire tourner à ton équipe."))
P("connection_brings_value", "it", "Elena Sormani", "Head of Content | Gruppo Levante", "Milano",
  ("msg", "Ciao Alex! Con altre 12 agenzie abbiamo messo insieme un sondaggio anonimo sugli stipendi nelle agenzie italiane, dal junior al "
          "direttore creativo. Te lo giro, magari ti serve per le revisioni di fine anno. Se vuoi aggiungere i vostri dati per la prossima edizione, sei il benvenuto."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Martin Oyelaran", "Talent Partner | Northwind Retail Group", "Leeds",
  ("inm", "Chief Marketing Officer - Northwind", "Hi Alex, I'm leading the search for a Chief Marketing Officer at Northwind Retail Group "
          "(220 stores, ~£1.1bn turnover). Our CEO is keen on someone who has run an agency and understands creative and performance. "
          "Hybrid from Leeds, package in the region of £180k plus bonus. Open to a confidential chat?"))
P("stranger_inmail_recruiter", "es", "Carmen Vidal-Quintero", "Directora de Marketing | Grupo Alvedra", "Madrid",
  ("inm", "Buscamos agencia para el lanzamiento de Alvedra Home", "Hola Alex, en Grupo Alvedra lanzamos en otoño una marca nueva de hogar y estamos "
          "buscando agencia para la estrategia de marca y la campaña de lanzamiento. Una antigua compañera que trabajó con vosotros nos habló muy bien. "
          "¿Podríamos tener una primera reunión para pasaros el briefing?"))
P("stranger_inmail_recruiter", "de", "Dr. Ulrich Hamann", "Partner | Hamann Executive Search", "Frankfurt am Main",
  ("inm", "Interim-CMO-Mandat (6 Monate)", "Guten Tag, für einen Frankfurter Zahlungsdienstleister suche ich eine Interim-CMO für sechs Monate, "
          "Start im Juni, drei Tage pro Woche. Der Vorstand wünscht ausdrücklich jemanden mit Agenturhintergrund. Hätten Sie Interesse an einem vertraulichen Gespräch?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Rhys Tallant", "Freelance B2B Copywriter | SaaS & fintech", "Cardiff",
  ("inm", "Overflow copy for Fieldnote?", "Hi Alex, I'm a freelance B2B copywriter (SaaS and fintech mostly) and I do a lot of overflow work for agencies. "
          "Day rate £380, fast turnaround. Could I send a couple of samples?"),
  ("inm", "Re: overflow copy", "Hi again Alex, totally understand if the timing isn't right. I'll leave my portfolio link here in case a busy month comes up. "
          "All the best with the new year."))
P("stranger_inmail_sales", "it", "Andrea Ruffini", "Responsabile iscrizioni | Premio Web Italia", "Roma",
  ("inm", "Candidatura al Premio Web Italia", "Gentile Alex, le iscrizioni al Premio Web Italia chiudono il 30. Per le agenzie la quota è di 380 € + IVA "
          "a progetto, con visibilità sul nostro sito e nella serata di premiazione. Le mando il regolamento?"))
P("stranger_inmail_sales", "fr", "Océane Brunet", "Business developer | Plania, gestion de projets pour agences", "Bordeaux",
  ("inm", "Vos plannings d'équipe", "Bonjour Alex, combien d'heures par semaine votre équipe passe-t-elle à mettre à jour les plannings ? "
          "Plania automatise le staffing et le suivi de rentabilité par projet. Je peux vous montrer en 15 minutes, mardi ou jeudi ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Nathan Greaves", "Co-founder | Halyard, a B2B content agency", "Manchester",
  ("inv", "Hi Alex, a few of us agency founders pooled our freelancer day rates for 2024 (copy, design, dev, video). Happy to share the sheet "
          "with you, it's been handy for quoting."),
  ("msg", "Here you go, the rate sheet plus the notes on who we'd rehire. Keep it to yourself, but use it as much as you like."),
  ("msg", "Hey Alex, hope the sheet helped. Separate thing: we've launched a white-label content service for other agencies - "
          "you brief, we write under your brand, 20% below what most freelancers charge. Fancy a trial article this month?", (10, 30)))
P("good_turns_ugly", "de", "Anika Reuter", "Organisatorin | Marketing-Stammtisch Frankfurt (kostenlos)", "Frankfurt am Main",
  ("inv", "Hallo Alex, jeden zweiten Dienstag treffen wir uns zum Marketing-Stammtisch in Sachsenhausen. Kein Eintritt, keine Verkaufsvorträge, "
          "nur Leute aus Agenturen und Marketingabteilungen. Kommen Sie doch mal vorbei!"),
  ("msg", "Schön, dass Sie da waren! Anbei wie versprochen die Folien vom Vortrag über Agenturverträge und der nächste Termin."),
  ("end",),
  ("msg", "Hallo Alex, ich hab Sie für {skill} bestätigt. Könnten Sie mir im Gegenzug Eventmanagement und Community Building bestätigen? "
          "Ich will mich als Moderatorin selbstständig machen, da hilft das sehr."))
P("good_turns_ugly", "es", "Paula Echeverría", "Ex Marketing Manager en Bodegas Larraun | Consultora", "Logroño",
  ("inv", "Hola Alex, trabajamos juntos en el lanzamiento del rosado de Larraun hace dos años. Me acabo de independizar y me gustaría "
          "seguir en contacto; si algún cliente del vino te pide contactos en Rioja, cuenta conmigo."),
  ("msg", "Alex, te paso el contacto de Iñaki, el nuevo director de marketing de Larraun: están buscando agencia para digital y le hablé de vosotros."),
  ("msg", "Hola Alex! Te cuento que he montado un servicio de generación de leads para agencias: campañas de LinkedIn y email frío, "
          "1.500 € al mes con 10 reuniones garantizadas. Como ya nos conocemos, te hago precio de lanzamiento. ¿Lo hablamos?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Thierry Gallois", "Commercial | Imprimerie Grand Format Express", "Lille",
  ("inm", "Impression grand format", "Bonjour Alex, bâches, kakémonos, stands : on imprime en 48 h pour les agences avec des remises jusqu'à 30 %. "
          "Je peux vous faire parvenir notre grille et un kit d'échantillons ?"),
  ("inv", "Bonjour Alex, ravi d'avoir croisé votre équipe au salon Heavent. Au plaisir de rester en contact."))
P("reinvite_known_bad", "en", "Dominic Sheer", "Partner Manager | Agency ecosystem", "Brighton",
  ("inv", NONOTE),
  ("inv", "Hi Alex, we met briefly at BrightonSEO by the coffee queue - would be good to stay connected."))
P("reinvite_known_bad", "de", "Marcel Höfer", "Vertrieb | Messestandbau Höfer & Söhne", "Düsseldorf",
  ("inv", "Guten Tag, planen Ihre Kunden 2025 Messeauftritte? Wir bauen Stände schlüsselfertig, auch kurzfristig. Kurzes Telefonat?"),
  ("inv", "Hallo Alex, wir standen beim letzten Stammtisch nebeneinander an der Theke. Würde mich freuen, in Kontakt zu bleiben!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Gianni Scarpa", "Illustratore e grafico freelance", "Venezia",
  ("inv", "Ciao Alex, sono illustratore, lavoro spesso con agenzie per packaging e campagne. Ti lascio il mio portfolio se ti serve qualcuno."),
  ("inm", "Bah", "Visto che non rispondi ti dico quello che penso: le agenzie come la tua sfruttano i freelance e poi non hanno nemmeno "
          "la decenza di dire no. Poca classe."),
  ("inv", "Ciao Alex, acqua passata? Mi piacerebbe riprovare a collegarci, ho un nuovo portfolio."))
P("reinvite_known_ugly", "en", "Leah Corrigan", "Founder | Brand Voices Collective", "Belfast",
  ("inm", "A circle for women running agencies", "Hi Alex, I run a small peer circle for women who run agencies, monthly calls, no agenda, "
          "just honest conversations about hiring and pricing. It's free to join and we'd love you in it."),
  ("inm", "Welcome + membership", "So glad you're keen! The circle runs on our Collective membership, £300 a month, which also includes my 1:1 "
          "growth coaching. I can get you started this month - shall I send the payment link?"),
  ("inv", "Hi Alex, hope business is good! Would love to be connected here too."))
P("reinvite_known_ugly", "de", "Patrick Eberle", "Fotograf | Corporate & Event", "Stuttgart",
  ("inv", "Hallo Alex, falls Sie mal einen Fotografen für Events Ihrer Kunden brauchen, ich bin in BW unterwegs. Gern vernetzen!"),
  ("rem",),
  ("inm", "Kein Anstand", "Sie lesen meine Anfrage und klicken sie weg. Das nennt sich dann Agentur für Kommunikation. "
          "Kein Anstand, keine Kinderstube. Typisch."),
  ("inv", "Hallo Alex, lange her. Neuer Anlauf: Vernetzen wir uns?"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Grace Adebayo", "Founder | Looply – influencer marketplace", "London",
  ("acc",),
  ("msg", "Thanks for the add, Alex! Since you run campaigns for consumer brands: Looply lets agencies book vetted micro-influencers in a couple of clicks, "
          "and agency partners get 15% margin on every booking. Worth a look? I can set you up with a partner account this week."))
P("user_invited_pitch_once", "es", "Marcos Llamas", "Director comercial | Stand & Feria", "Madrid",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Ya que lleváis eventos de clientes: diseñamos y montamos stands llave en mano para IFEMA y Fira, "
          "con precio cerrado para agencias. ¿Te paso el dossier y lo vemos en una llamada?"))
P("user_invited_pitch_once", "de", "Verena Stolz", "Community & Sales | Werkraum Coworking", "Berlin",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Wir haben ab Mai noch einen Teamraum für 12–15 Personen frei, perfekt für eine Agentur. "
          "Wollen Sie mit Ihrem Team zum Probearbeiten kommen? Dann mache ich Ihnen ein Angebot."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Damien Loret", "Fondateur | Brief&Co – la plateforme qui connecte agences et annonceurs", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Brief&Co envoie chaque semaine des appels d'offres qualifiés aux agences inscrites. "
          "Abonnement Pro à 249 € par mois, sans engagement. Je vous ouvre un accès d'essai ?"),
  ("msg", "Bonjour Alex, trois appels d'offres dans votre secteur sont tombés cette semaine. Pour y répondre il faut passer en Pro : je vous envoie le lien ?"))
P("user_invited_pitch_twice", "it", "Chiara Pellizzari", "Business developer | Orario, timesheet per agenzie", "Padova",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Visto che ne parlavamo al convegno: Orario traccia ore e marginalità per cliente in automatico. "
          "Per agenzie fino a 20 persone costa 9 € a utente. Ti faccio vedere una demo?"),
  ("msg", "Ciao Alex, ti riscrivo perché a fine mese scade la promo di lancio (tre mesi gratis). Ti blocco un quarto d'ora venerdì?"))
P("user_invited_pitch_twice", "en", "Miles Ferrante", "Podcast Producer | Pod Studio for founders", "Bristol",
  ("acc",),
  ("msg", "Cheers for connecting Alex. Agencies that run their own podcast win bigger clients, simple as that. We script, record, edit and "
          "distribute, from £2,400 a month. Fancy a 20-minute chat about a Fieldnote show?"),
  ("msg", "Hi Alex, I sketched three episode ideas for a Fieldnote podcast, happy to walk you through them and the pricing. Any time next week?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Noémie Vidal", "Responsable marketing | Coopérative Laitière des Monts", "Clermont-Ferrand",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Suite à notre échange au salon : notre directrice générale veut refaire tout le packaging de la gamme bio "
          "l'an prochain et je lui ai donné votre nom. Elle vous appellera sûrement en janvier. Et je vous ajoute à la liste de notre journée "
          "portes ouvertes pour les partenaires, c'est offert."))
P("user_invited_value", "en", "Dr. Imran Qadir", "Senior Lecturer in Marketing | University of Salford", "Salford",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Following up on our chat: our final-year students do a live client project each spring, free of charge for the "
          "business, supervised by staff. Would Fieldnote like to be the client this year? It's also a good way to spot future hires."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Rosa Gentile", "Brand Manager | Pastificio Valli", "Gragnano", ("acc",))
P("acceptance_only", "en", "Oliver Brightman", "Head of Digital | Harlow & Finch", "London", ("acc",))
P("lone_endorsement", "es", "Nerea Goikoetxea", "Diseñadora gráfica | Ex Fieldnote", "San Sebastián", ("end",))
P("lone_endorsement", "fr", "Julien Pommier", "Chef de projet digital", "Nantes", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Callum Fraser", "callum@thistleandpine.example.co.uk", "Couple of SaaS leads for you",
     "Hi Alex,\n\nSent you a LinkedIn request too, but in case it gets buried: two SaaS companies asked us for a rebrand this month and I'd rather "
     "point them at you. OK if I share your email?\n\nCallum", "en"),
    ("Trophées de la Com' Digitale", "inscriptions@trophees-com.example.fr", "Dernier jour pour l'early bird !",
     "Bonjour,\n\nIl ne reste que 24 heures pour inscrire votre agence au tarif réduit. Suivez-nous sur LinkedIn pour découvrir le jury.", "fr"),
    ("XING", "mailrobot@xing.example.com", "Neue Kontaktanfrage von Ole Brandtner",
     "Hallo Alex,\n\nOle Brandtner möchte sich mit Ihnen vernetzen. Übrigens: Sie können Ihr XING-Profil auch mit LinkedIn verknüpfen.", "de"),
    ("Rebecca Lau", "rebecca.lau@harlowfinch.example.com", "Spring campaign brief (PDF)",
     "Hi Alex,\n\nAttaching the brief here too as the LinkedIn link seems to expire. Proposals by the 28th please.\n\nThanks,\nRebecca", "en"),
    ("Facturación Flowmetrics", "facturas@flowmetrics.example.es", "Tu factura de noviembre",
     "Hola,\n\nAdjuntamos la factura de tu plan Agencia. Recuerda que puedes conectar tus cuentas de LinkedIn Ads desde el panel de integraciones.", "es"),
    ("Meetup Aperitivo Marketing Milano", "info@aperitivomarketing.example.it", "Giovedì: aperitivo gratuito tra marketer",
     "Ciao Alex,\n\nti ricordiamo l'aperitivo di giovedì, ingresso libero. Le foto della scorsa edizione sono sul nostro gruppo LinkedIn.", "it"),
    ("Fieldnote Ops", "ops@fieldnote.example.net", "Team offsite: who's presenting?",
     "Hi all,\n\nReminder to update your LinkedIn headline with the new service lines before the offsite. Slides due Thursday.", "en"),
    ("Podcastbuchung", "buchung@podtermine.example.de", "Ihr Aufnahmetermin ist bestätigt",
     "Hallo Alex,\n\nIhr Termin für das Interview ist bestätigt. Bitte teilen Sie die Folge nach Veröffentlichung auf LinkedIn.", "de"),
    ("Dale Prosser", "dale@prosserweb.example.co.uk", "Webflow help",
     "Hi Alex,\n\nI've sent you a LinkedIn invite, but thought I'd email too. I do Webflow builds for agencies, portfolio attached.\n\nDale", "en"),
]


# ------------------------------------------------------------------------- checks
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot forty-ninth development corpus (dev49). Generated by scripts/make_corpus_dev49.py (seed {SEED}); do not edit by hand.",
          "# Alex as the founder of a 15-person marketing agency: white-label agencies, lead-gen sellers, SaaS vendors, freelancers, award schemes with "
          "entry fees, podcasts that charge guests, clients' marketing managers, peer agencies passing on work, free meetups, hostile ignored freelancers. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev49", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
