#!/usr/bin/env python3
"""Write mailbot's dev142 corpus, independent of the others: tests/corpus/dev142/*.eml + expected.toml.

The angle: the user Alex owns a small architecture practice in Milan (five people, schools,
housing, a rural restoration, a public library). Their LinkedIn world: developers and private
clients who want to commission a project (buyers, so good), building-materials reps (tiles,
resins, facades, windows, lighting, wallpaper), BIM-software resellers and plugin sellers,
competitions and awards (free and juried against pay-to-enter, pay-to-publish and
pay-to-exhibit), young architects applying for a job, peer architects passing on tenders,
engineers proposing to bid together in a temporary grouping (RTP), the Order's free CPD
seminars, journalists from design magazines, and contractors who turn rude when they are not
picked or not answered. Formal (Lei) and casual (tu) Italian, Lombard turns, some English from
British, Irish, Indian, American and Nordic writers, and German from Munich, South Tyrol, Tyrol
and Zurich.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the user's own headline, the job-alert
titles and cards, the headlines of spoof-only names and of PYMK suggestions, and the pitches
that spoofs carry are swapped for architecture ones in this process only (make_corpus.py
itself is not changed). Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev142.py              # writes tests/corpus/dev142
    python scripts/make_corpus_dev142.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260142

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the architecture world (this process only)
SKILLS = {
    "it": ["Progettazione architettonica", "Direzione lavori", "BIM", "Ristrutturazioni", "Architettura sostenibile", "Interior design", "Restauro"],
    "en": ["Architectural Design", "Construction Administration", "BIM", "Refurbishment", "Sustainable Design", "Interior Architecture"],
    "de": ["Architekturplanung", "Bauleitung", "BIM", "Sanierung", "Nachhaltiges Bauen", "Innenarchitektur"],
    "fr": ["Conception architecturale", "Direction de travaux", "BIM", "Réhabilitation", "Architecture durable"],
    "es": ["Diseño arquitectónico", "Dirección de obra", "BIM", "Rehabilitación", "Arquitectura sostenible"],
}
RHEADLINE = {
    "it": "Architetto, titolare di Studio Morgan Architettura, Milano",
    "en": "Architect, founder of Studio Morgan Architettura, Milan",
    "de": "Architekt:in, Inhaber:in von Studio Morgan Architettura, Mailand",
    "fr": "Architecte, fondateur de Studio Morgan Architettura, Milan",
    "es": "Arquitecto, fundador de Studio Morgan Architettura, Milán",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.JOBS[:] = [("Architetto senior – residenziale", "Gruppo Immobiliare Vela"), ("Project Architect (BIM)", "Atelier Navigli"),
              ("Projektleiter:in Wettbewerbe (m/w/d)", "Brunner Steiner Architekten"), ("Design Manager", "Cortesi Real Estate"),
              ("Architetto direttore lavori", "Comune di Sesto San Giovanni"), ("Associate Architect", "Harlow & Pike")]
mc.COMPANIES["good"] = ["Politecnico di Milano", "Atelier Navigli", "Bassi Ferrario Architetti", "Ordine degli Architetti PPC di Milano",
                        "Lorusso Engineering", "Brunner Steiner Architekten", "Abitare"]
mc.COMPANIES["sales"] = ["ArchiSoft Italia", "Ceramiche Orobie", "ResinArt", "Alpitec Fassaden", "Planvault", "ArchiLeads", "Lumenwerk"]
mc.HEADLINES["good"] = ["Architetto presso {co}", "Project Architect | {co}", "Ingegnere strutturista, {co}", "Associate Partner at {co}",
                        "Ricercatrice in Composizione architettonica, {co}", "Redattore | {co}"]
mc.HEADLINES["sales"] = ["Area Manager Nord Italia | {co}", "Key Account Architetti & Progettisti at {co}", "Specification Sales at {co}",
                         "Business Development | {co}", "Consulente tecnico-commerciale presso {co}"]
SPOOF_PITCH = {
    "it": ["Ciao {first}, ti ho condiviso le tavole del concorso in una cartella protetta. Accedi con le tue credenziali LinkedIn per scaricarle.",
           "Gentile {first}, il suo progetto è stato ammesso alla fase finale del premio. Confermi la candidatura e versi i diritti di segreteria dal link."],
    "en": ["Hi {first}, I've shared the tender drawings with you in a secure folder. Sign in with LinkedIn to open them before Friday.",
           "Dear {first}, your project has been shortlisted. Please confirm your entry and settle the administration fee via the link below."],
    "de": ["Hallo {first}, ich habe Ihnen die Wettbewerbsunterlagen freigegeben. Bitte melden Sie sich mit LinkedIn an, um sie zu öffnen.",
           "Guten Tag {first}, Ihr Projekt ist in der engeren Wahl. Bitte bestätigen Sie die Teilnahme und zahlen Sie die Bearbeitungsgebühr."],
    "fr": ["Bonjour {first}, je vous ai partagé les plans du concours dans un dossier sécurisé. Connectez-vous avec LinkedIn pour les ouvrir.",
           "Bonjour {first}, votre projet est présélectionné. Confirmez votre candidature et réglez les frais de dossier via le lien."],
    "es": ["Hola {first}, te he compartido los planos del concurso en una carpeta segura. Inicia sesión con LinkedIn para abrirlos.",
           "Estimado/a {first}, su proyecto ha sido preseleccionado. Confirme la inscripción y abone la tasa de gestión en el enlace."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:tradeco-supplies.example", "dkimfail", "lookalike:xn--linkedn-dza.com",
                      "untrusted:mx.google.com", "nodkim", "display:outlook.com", "buried", "wrongpass"]
retitle_other({
    "it": {"job": ("{n} nuove offerte per «architetto»", "Il tuo avviso di lavoro per architetto a {city}"),
           "news": "Il mattone torna a correre: i cantieri ripartono in Lombardia", "group": "Conversazioni principali in Architetti Italiani – BIM & Professione",
           "newsletter": "Cronache di cantiere: il capitolato che nessuno legge"},
    "en": {"job": ("{n} new jobs for \"project architect\"", "Your job alert for project architect in {city}"),
           "news": "Why small architecture practices are winning more public work", "group": "Top conversations in Architecture & Design Professionals",
           "newsletter": "The Practice Letter: pricing a feasibility study"},
    "de": {"job": ("{n} neue Jobs für „Architekt“", "Ihr Jobalarm für Architekt in {city}"),
           "news": "Wettbewerbe: Warum kleine Büros kaum noch eine Chance haben", "group": "Top-Unterhaltungen in Architekten & Planer DACH",
           "newsletter": "Bauen im Bestand: die Woche in fünf Minuten"},
    "fr": {"job": ("{n} nouvelles offres pour « architecte »", "Votre alerte emploi pour architecte à {city}"),
           "news": "Concours d'architecture : les petites agences en première ligne", "group": "Meilleures discussions dans Architectes & Urbanistes",
           "newsletter": "Le carnet d'agence : chiffrer une esquisse"},
    "es": {"job": ("{n} empleos nuevos de «arquitecto»", "Tu alerta de empleo de arquitecto en {city}"),
           "news": "Rehabilitar en lugar de construir: el nuevo mercado de los estudios", "group": "Conversaciones destacadas en Arquitectos y Urbanistas",
           "newsletter": "Diario de obra: el pliego que nadie lee"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Chiara Bonfanti", "Architetta | Bonfanti Zanetti Architetti", "Bergamo",
  ("inv", "Ciao Alex, ho visto la vostra scuola a Cernusco. Il Comune di Seriate ha appena pubblicato un concorso in due fasi per una primaria, "
          "scade a metà marzo. Noi quest'anno non ce la facciamo, a voi potrebbe interessare: se ci colleghiamo ti giro il bando."),
  ("rem",))
P("good_invitation", "it", "Davide Lorusso", "Ingegnere strutturista | Lorusso Engineering S.r.l.", "Monza",
  ("inv", "Buongiorno Arch. Morgan, stiamo valutando la gara ASST Brianza per il poliambulatorio di Vimercate: serve un RTP con architetto capogruppo. "
          "Avendo i requisiti strutturali e impiantistici, avrei piacere di sentirLa per capire se partecipare insieme."))
P("good_invitation", "it", "Federica Sala", "Coordinamento formazione | Fondazione dell'Ordine degli Architetti di Milano", "Milano",
  ("inv", "Gentile collega, il 22 ottobre in via Solferino teniamo un seminario gratuito sul Codice dei contratti per gli studi piccoli, valido 4 CFP. "
          "I posti sono contati: se le interessa le mando il link per iscriversi."))
P("good_invitation", "en", "Rosalind Achterberg", "Programme Director, Young Practices Prize | Hartwell Foundation", "Rotterdam",
  ("inv", "Hello Alex, I run the Hartwell Young Practices Prize. Entry is free; the jury (two past Mies Award winners among them) picks five studios "
          "under ten people for a travelling exhibition. Your Lodi library would be a strong candidate. Happy to send the brief."),
  ("rem",))
P("good_invitation", "it", "Matteo Cerri", "Architetto junior | Laurea magistrale Politecnico di Milano", "Milano",
  ("inv", "Salve! Sono Matteo, mi sono laureato al Poli a luglio con una tesi sul riuso delle cascine lombarde. Seguo il vostro lavoro da un po' "
          "e vorrei candidarmi per uno stage o un posto da junior: posso mandarle il portfolio?"),
  ("rem",))
P("good_invitation", "it", "Roberto Guzzetti", "Amministratore unico | Guzzetti Immobiliare S.r.l.", "Lecco",
  ("inv", "Buonasera, abbiamo comprato un ex opificio sul lungolago da trasformare in 12 alloggi e cerchiamo uno studio piccolo, attento al dettaglio. "
          "Paolo Rinaldi mi ha fatto il vostro nome. Possiamo sentirci per un primo incarico?"))
P("good_invitation", "it", "Johanna Weißgerber", "Architektin BDA | weissgerber holz architekten", "München",
  ("inv", "Hallo Alex, wir waren im Mai mit der Kammer-Exkursion in Ihrem Kindergarten in Lodi, großartig. Jetzt planen wir unseren ersten Holzbau "
          "in Südtirol und hätten Fragen zu Brandschutz und Genehmigung in Italien. Austausch unter Kollegen?"),
  nl="de")
P("good_invitation", "it", "Caterina Rossetti", "Giornalista | Abitare", "Milano",
  ("inv", "ciao Alex, sto preparando per il numero di settembre un servizio sul recupero degli edifici rurali in Lombardia e la vostra cascina "
          "di Melegnano ci starebbe benissimo. posso farti qualche domanda e chiederti le foto?"))


# =============================================================== default_invitation
P("default_invitation", "it", "Sergio Brambilla", "Titolare | Brambilla Serramenti", "Cantù", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin O'Hare", "Sales Director EMEA | Facade Systems", "Dublin", ("inv", NONOTE))
P("default_invitation", "de", "Uwe Hartlieb", "Vertriebsleiter Italien | Dämmstoffe", "Bozen", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Giorgia Pellegatta", "Interior designer | Home staging", "Monza", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Alessio Ferrandi", "Account Manager BIM | ArchiSoft Italia, rivenditore Autodesk", "Milano",
  ("inv", "Buongiorno Alex, la licenza Revit dello studio scade a fine anno? Passando alla AEC Collection vi facciamo un prezzo riservato "
          "con il corso di avviamento incluso. Le fisso una demo di 20 minuti la prossima settimana?"))
P("sales_invitation", "it", "Lucia Ravasio", "Specification Manager | Ceramiche Orobie", "Bergamo",
  ("inv", "Gentile Architetto, seguiamo con interesse i suoi progetti residenziali. Vorrei presentarle la nuova collezione di gres a grande "
          "formato e lasciarle il campionario in studio. Posso passare una mattina della prossima settimana?"),
  ("rem",))
P("sales_invitation", "en", "Arjun Mehta", "Founder | PixelBrick 3D Visualization Studio", "Pune",
  ("inv", "Hi Alex, we make photoreal renders and walkthroughs for Italian architecture firms at about 60% of local cost, 48h turnaround. "
          "Can I send our portfolio and a trial price for your next project?"))
P("sales_invitation", "it", "Valentina Orsenigo", "Award Manager | Premio Italiano Architettura Contemporanea", "Roma",
  ("inv", "Salve Alex, abbiamo riaperto le candidature al Premio IAC: pubblicazione nel volume, targa e serata di gala a Roma. "
          "Quota di partecipazione 480€ + IVA a progetto, -20% entro venerdì. Le mando il modulo?"))
P("sales_invitation", "it", "Florian Maierhofer", "Gebietsverkaufsleiter Italien | Alpitec Fassaden GmbH", "Innsbruck",
  ("inv", "Grüß Gott, wir liefern hinterlüftete Faserzementfassaden nach Norditalien, die statische Vorbemessung machen wir gratis dazu. "
          "Gern stelle ich Ihnen das System bei einem Termin in Mailand vor, wann passt es Ihnen?"),
  nl="de")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Gianluca Motta", "Fondatore | Rete Studi Milanesi", "Milano",
  ("inv", "Ciao Alex, sto mettendo insieme un gruppo di titolari di piccoli studi milanesi per scambiarci esperienze: parcelle, clienti "
          "difficili, pratiche in Comune. Una sera al mese, niente di formale. Ti unisci?"),
  ("msg", "Grazie del collegamento! Ti spiego meglio come funziona: la Rete la gestisce la mia agenzia, che cura anche la comunicazione degli "
          "studi aderenti. Il pacchetto base (sito, 8 post al mese, schede sui portali di settore) è 390€/mese, i primi due mesi a metà prezzo. "
          "Ti giro la proposta?", (3, 9)),
  ("msg", "Alex, mi restano due posti al prezzo di lancio. Se vuoi giovedì ci prendiamo 15 minuti e ti faccio vedere cosa facciamo per gli altri studi.", (8, 20)))
P("bait_and_switch_invitation", "it", "Serena Calloni", "Consulente energetica | EnerPlan", "Varese",
  ("inv", "Buongiorno, ho scritto una guida gratuita di 20 pagine sulle comunità energetiche e il fotovoltaico condominiale, "
          "utile anche per i clienti di uno studio. Se mi accetta gliela mando volentieri."),
  ("msg", "Ecco la guida, spero le torni utile. Già che ci sono: facciamo in outsourcing per gli studi di architettura APE, diagnosi energetiche "
          "e pratiche GSE, a forfait. Vuole che le prepari un preventivo per i prossimi cantieri?", (2, 6)))
P("bait_and_switch_invitation", "en", "Tom Keller", "Architect | BIM Coordinator", "Zurich",
  ("inv", "Hi Alex, quick one from one small-studio architect to another: when you started doing public tenders did you move from Archicad "
          "to Revit, or do you still deliver IFC from Archicad? We renew licences next month and I'm torn."),
  ("msg", "Thanks for connecting! Full disclosure, I now work with BIMforge: we sell a plugin that automates the IFC checks tender portals ask for. "
          "Could I show it to you and your team in 20 minutes, Tuesday or Wednesday?", (4, 12)),
  ("msg", "Hi Alex, circling back on the demo. There's a launch discount of 30% for practices with fewer than ten licences until the end of the month. "
          "Want me to send a quote?", (10, 25)))
P("bait_and_switch_invitation", "it", "Elena Caprotti", "Curatrice | Milano Architecture Review", "Milano",
  ("inv", "Gentile Architetto, la redazione ha selezionato la biblioteca di Lodi per la rassegna «Nuove architetture lombarde». "
          "Mi farebbe piacere collegarci per raccogliere testi e immagini."),
  ("msg", "Grazie per aver accettato! Per l'inserimento nella rassegna (volume cartaceo e sito) è previsto un contributo alle spese editoriali "
          "di 950€ + IVA, comprensivo di 10 copie. Le invio il modulo di adesione da firmare?", (2, 8)))
P("bait_and_switch_invitation", "de", "Katrin Oberhuber", "Gründerin | Netzwerk Holzbau Alpen", "Salzburg",
  ("inv", "Hallo Alex, wir sind ein loses Netzwerk von Architekt:innen zwischen Bayern, Tirol und Lombardei, die mit Holz bauen. "
          "Zweimal im Jahr Baustellenbesuche und Erfahrungsaustausch. Hätten Sie Lust, dabei zu sein?"),
  ("msg", "Schön, dass Sie dabei sind! Kleiner Hinweis: Das Netzwerk wird von unserem Holzbaubetrieb getragen. Für Ihre nächsten Projekte würden "
          "wir Ihnen gern ein unverbindliches Angebot für Brettsperrholz-Elemente inklusive Montage machen. Haben Sie gerade etwas in Planung?", (3, 10)),
  ("msg", "Hallo Alex, kurze Nachfrage zu meinem Angebot: Bis Monatsende gelten noch die alten Holzpreise. Soll ich Ihnen eine Kalkulation schicken?", (12, 30)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Marco Tentori", "Editor | Studi d'Italia – il volume", "Torino",
  ("inm", "Segnalazione per «Studi d'Italia»", "Gentile Arch. Morgan,\n\nstiamo preparando un volume dedicato ai sessanta studi emergenti del Nord Italia "
          "e il suo nome ci è stato segnalato dal comitato scientifico. Avrebbe tempo per una breve intervista telefonica sul suo percorso?\n\n"
          "Cordialmente,\nMarco Tentori"),
  ("inm", "Studi d'Italia – conferma inserimento", "Gentile Architetto,\n\ngrazie per la disponibilità. Le confermo l'inserimento: due pagine a colori "
          "con testo critico e quattro immagini, a fronte di un contributo di 1.350€ + IVA. Trova in allegato il contratto da restituire firmato entro il 30.\n\n"
          "Cordialmente,\nMarco Tentori", (6, 14)))
P("bait_and_switch_inmail", "en", "Sophie Lindqvist", "Research Lead | Nordic Studio Pulse", "Stockholm",
  ("inm", "Research on small architecture practices", "Hi Alex, I'm running a short study on how practices under ten people deal with fee pressure "
          "and BIM across Europe. Would you answer eight questions (ten minutes)? Everyone who takes part gets the full report, free.\n\nSophie"),
  ("inm", "Your practice benchmark + next step", "Thanks for taking part, Alex! Based on your answers your studio could save around six hours a week "
          "with StudioPulse, our practice-management software (timesheets, fee tracking, invoicing). Can I book you and your office manager "
          "for a 30-minute walkthrough?\n\nSophie", (5, 12)))
P("bait_and_switch_inmail", "it", "Beatrice Folli", "Curatrice indipendente | Design Week", "Milano",
  ("inm", "Collettiva Fuorisalone – un invito", "Ciao Alex, sto curando una collettiva di giovani studi milanesi per il prossimo Fuorisalone in zona "
          "Tortona, sul tema del riuso. La vostra cascina a Melegnano sarebbe perfetta. Ti va di parlarne?"),
  ("inm", "Re: Collettiva – dettagli di partecipazione", "Ciao Alex! Eccoti i dettagli: ogni studio ha un modulo espositivo di 2x3 m, la quota "
          "di partecipazione è 2.200€ (allestimento, catalogo e ufficio stampa compresi). Le adesioni chiudono il 15, ti tengo il posto?", (4, 10)),
  ("inm", "Ultimi moduli", "Alex, ultimo promemoria: restano tre moduli. Se confermi entro lunedì ti applico il 10% di early booking.", (5, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Nicolò Ghezzi", "Architetto | BIM modeler freelance", "Pavia",
  ("end",), ("end",),
  ("msg", "Ciao Alex! ti ho messo un paio di conferme, tra cui {skill}, te le meritavi 😄 se hai un minuto mi confermeresti Revit e "
          "Progettazione architettonica? Sto sistemando il profilo per cercare collaborazioni. grazie mille!!"))
P("endorse_me_back", "en", "Priya Raghavan", "Architectural Visualiser | 3ds Max, Corona, Unreal", "London",
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill} last week. Would you mind endorsing me for 3D Rendering and Visualization? "
          "It honestly makes a difference when clients look me up. Cheers!"))
P("endorse_me_back", "it", "Stefan Gruber", "Bauingenieur | Tragwerksplanung Holz und Stahl", "Bozen",
  ("end",), ("end",),
  ("msg", "Servus Alex, hab dich für {skill} bestätigt. Wärst du so nett und bestätigst mir im Gegenzug Tragwerksplanung und Holzbau? "
          "Ich bewerbe mich gerade in München, da zählt sowas. Danke dir!"),
  nl="de")
P("endorse_me_back", "it", "Ilaria Brivio", "Geometra | Pratiche edilizie, catasto, APE", "Lodi",
  ("end",),
  ("msg", "Buongiorno Architetto, le ho lasciato una conferma per {skill}. Le sarei molto grata se potesse ricambiare confermando "
          "«Pratiche edilizie» e «Catasto»: sto cercando di rendere il profilo più credibile per i nuovi clienti. Grazie e buona giornata."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Claudio Restelli", "Titolare | Restelli Costruzioni", "Sesto San Giovanni",
  ("inv", "Buongiorno, siamo un'impresa edile con trent'anni di ristrutturazioni e nuove costruzioni alle spalle. "
          "Cerchiamo studi di progettazione con cui lavorare, intanto ci facciamo conoscere."),
  ("rem",),
  ("inm", "Ma chi vi credete di essere", "Vi ho scritto due volte e neanche una risposta. Voi architetti vi sentite tutti Renzo Piano, ma senza "
          "chi i muri li tira su non combinate niente. Maleducati. Tanto in giro si sa come trattate le imprese.", (6, 15)))
P("hostility_after_decline", "en", "Gareth Pryce", "Architectural & Interiors Photographer", "Manchester",
  ("inv", DEFAULT),
  ("inm", "Seriously?", "Alex, I sent you a perfectly polite connection request a month ago and you couldn't be bothered to click accept. "
          "Pretty poor for a practice that calls itself open and collaborative on its website. I'll remember it next time someone asks me "
          "who to recommend.", (20, 40)))
P("hostility_after_decline", "it", "Paola Mariani", "Agente di commercio | Arredo bagno di alta gamma", "Como",
  ("inv", "Gentile Arch. Morgan, rappresento alcuni marchi di arredo bagno di fascia alta e mi farebbe piacere presentarle le novità viste al Salone."),
  ("rem",),
  ("inm", "Cortesia professionale", "Gentile Architetto,\n\nprendo atto che non ha ritenuto di accettare il mio invito. Mi permetto di farle notare "
          "che in un ambiente piccolo come il nostro certi atteggiamenti di sufficienza si notano e non fanno onore allo studio.\n\n"
          "Cordiali saluti,\nPaola Mariani", (4, 12)))
P("hostility_after_decline", "de", "Reinhard Pichler", "Geschäftsführer | Pichler Bau GmbH", "Bruneck",
  ("inv", NONOTE),
  ("inm", "Ihre Art", "Ich habe Ihnen vor Wochen eine Anfrage geschickt. Keine Reaktion. Wenn man so mit Handwerkern umgeht, braucht man sich "
          "nicht wundern, dass keiner mehr für Mailänder Büros arbeiten will. Arrogant, typisch Großstadt.", (15, 35)))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Fabio Colombo", "Impresa edile | Colombo Fabio & C. snc", "Cinisello Balsamo",
  ("msg", "Ciao Alex ti ricordi di noi? abbiamo fatto il cantiere di via Padova con lo studio di Airoldi. Se hai lavori da affidare ti facciamo "
          "prezzi buoni, anche chiavi in mano, dimmi tu"),
  ("msg", "Ho saputo che per la villa di Arcore avete preso un'altra impresa senza neanche chiederci il preventivo. Bella riconoscenza. "
          "Siete tutti uguali voi architetti, quando c'è da lavorare sparite. Non contate più su di noi.", (30, 60)))
P("hostility_connection", "en", "Derek Hollis", "Business Development | SmartSpec Building Products", "Birmingham",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. We distribute acoustic ceiling and wall panels across Europe, spec sheets at the link. "
          "Could we get onto your approved supplier list for the Bergamo office fit-out?", (1, 4)),
  ("msg", "Hi Alex, following up. We'll match any quote you've had for the Bergamo panels, delivered to site.", (7, 14)),
  ("msg", "Three messages and not one word back. Frankly that's rude. You accepted the connection, the least you could do is answer. "
          "Won't bother again.", (10, 20)))
P("hostility_connection", "it", "Ivano Sangalli", "Serramentista | Sangalli Infissi", "Meda",
  ("msg", "Alex buongiorno, ci siamo visti al MADE. Le ricordo che facciamo serramenti in legno-alluminio su misura con posa certificata: "
          "per i vostri cantieri le preparo un listino riservato."),
  ("msg", "Visto che non risponde glielo dico io: avete messo in capitolato un serramento che costa il doppio del mio e non mi avete nemmeno "
          "fatto quotare. Poi i clienti si lamentano dei costi. Professionalità zero.", (20, 45)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Marta Crippa", "Area manager | ResinArt pavimenti e rivestimenti in resina", "Brescia",
  ("msg", "Buongiorno Alex, in primavera tanti studi rivedono showroom e negozi dei clienti: le nostre resine continue sono perfette "
          "per questi interventi. Posso mandarle un campionario?"),
  ("msg", "Ciao Alex, ti segnalo la promo di maggio: -15% sulle resine per superfici sopra i 200 mq. Hai cantieri in partenza?"),
  ("msg", "Alex, a giugno facciamo una serata in showroom a Brescia con aperitivo per presentare la gamma nuova. Ti metto in lista? "
          "Porta pure i collaboratori."))
P("connection_only_pitches", "en", "Jason Whitlow", "Partner Manager, EMEA | Planvault", "Austin",
  ("msg", "Hi Alex – saw your studio is growing. Planvault keeps drawings, RFIs and site photos in one place and was built for small AEC teams. "
          "Worth a 15-minute look?"),
  ("msg", "Alex, bumping this. We just shipped Archicad sync, and I can set you up with a free pilot before you commit to an annual plan."))
P("connection_only_pitches", "it", "Miriam Eckstein", "Vertrieb Italien | Lumenwerk Architekturbeleuchtung", "Milano",
  ("msg", "Hallo Alex, danke für die Vernetzung auf der Euroluce. Hier unser neuer Katalog für Architekturbeleuchtung; bei Projekten ab "
          "50 Leuchten rechnen wir die Lichtplanung kostenlos. Wann darf ich vorbeikommen?"),
  ("msg", "Hallo Alex, nur kurz: Wir frieren die Listenpreise ein, wenn bis Ende März bestellt wird. Haben Sie ein Projekt, für das ich anbieten darf?"),
  nl="de")


# =============================================================== single_pitch
P("single_pitch", "it", "Simone Frigerio", "Pilota APR | Rilievi con drone e fotogrammetria", "Lecco",
  ("msg", "Ciao Alex! faccio rilievi con drone e nuvole di punti per progettisti, consegna in 5 giorni lavorativi. Se ti serve per il prossimo "
          "lavoro ti mando un preventivo senza impegno 👍"))
P("single_pitch", "en", "Hannah Brightwell", "Marketing for architects | Studio Growth", "Bristol",
  ("msg", "Hi Alex, most small practices I work with get nearly all their work from referrals and next to nothing from their website. "
          "I fix that with a 90-day plan. Would a quick chat be worth it?"))
P("single_pitch", "it", "Lorenzo Viganò", "Plastici architettonici e stampa 3D | ModelLab", "Milano",
  ("msg", "Buongiorno, realizziamo plastici per concorsi e per le presentazioni ai committenti, anche in 48 ore. Sul sito trova qualche esempio. "
          "Se le serve un preventivo per il prossimo concorso sono a disposizione.\n\nLorenzo Viganò – ModelLab"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Andrea Zucchi", "Architetto | Zucchi Architettura", "Cremona",
  ("msg", "Alex ti giro questo: il Comune di Crema ha pubblicato un avviso per l'affidamento diretto della progettazione di un piccolo "
          "centro civico, sotto soglia. Io sono pieno fino all'estate ma mi sembra roba per voi. Scade il 3 aprile, il link è sull'albo pretorio."))
P("connection_brings_value", "it", "Silvia Tagliabue", "Ricercatrice | Restauro del moderno, Politecnico di Milano", "Milano",
  ("end",),
  ("msg", "Ciao Alex, il Poli fa un ciclo di tre lezioni aperte sul restauro del moderno, gratis e con CFP. Mi sono ricordata che ne parlavamo "
          "al MADE, ti allego il programma. Se vieni ci vediamo lì!"))
P("connection_brings_value", "en", "Oliver Brandt", "Structural Engineer | Timber & Hybrid Structures", "Hamburg",
  ("msg", "Hi Alex, as promised at the Holzbau-Forum: here's the fire test report for the CLT floor we used in Padua. Feel free to pass it to "
          "your client's fire consultant. If the vigili del fuoco ask awkward questions, call me, I've been through it.\n\nOliver"))
P("connection_brings_value", "it", "Giuseppe Ruffini", "Avvocato amministrativista | Appalti pubblici", "Milano",
  ("msg", "Buongiorno Architetto, in vista del correttivo al Codice dei contratti ho scritto una nota di due pagine sulle novità per i servizi "
          "di architettura e ingegneria. Gliela allego, magari le serve per le prossime gare. Un cordiale saluto."))


# =============================================================== stranger_inmail_recruiter (jobs, and clients who want a project)
P("stranger_inmail_recruiter", "it", "Elisabetta Corti", "Talent Acquisition | Gruppo Immobiliare Vela", "Milano",
  ("inm", "Head of Design – sviluppo residenziale a Milano", "Buongiorno Alex,\n\ncerco un Head of Design per il nostro gruppo (sviluppo residenziale, "
          "quattro cantieri attivi a Milano). Il suo profilo di titolare di studio con esperienza pubblica è molto in linea. Tempo indeterminato, "
          "RAL 85-95k. Le andrebbe una chiamata conoscitiva, in totale riservatezza?\n\nElisabetta Corti"))
P("stranger_inmail_recruiter", "it", "Laura Bertoni", "Coordinatrice CdL in Architettura | Università di Pavia", "Pavia",
  ("inm", "Laboratorio di progettazione – contratto di docenza", "Gentile Arch. Morgan, cerchiamo un docente a contratto per il Laboratorio di "
          "progettazione 2 (secondo semestre, 80 ore). Il bando esce a giugno, ma vorrei capire prima se lei sarebbe disponibile, visti i suoi "
          "progetti scolastici. Mi scriva pure qui. Laura Bertoni"))
P("stranger_inmail_recruiter", "en", "Margaret Sully", "Retired | formerly Partner, Kingsley Law", "Menaggio",
  ("inm", "Renovating a villa above Menaggio", "Dear Alex,\n\nmy husband and I have bought a 1920s villa above Menaggio and need an architect for a "
          "full renovation (about 320 m², with a listed garden). A friend at Studio Lunardi recommended you. Could we arrange a site visit in May? "
          "We would of course pay for your time.\n\nKind regards,\nMargaret Sully"))
P("stranger_inmail_recruiter", "de", "Katharina Vogt", "Senior Consultant | Executive Search Architektur & Bau", "Zürich",
  ("inm", "Projektleitung Wettbewerbe – Architekturbüro in Zürich", "Guten Tag Alex,\n\nein renommiertes Zürcher Architekturbüro (rund 60 Mitarbeitende) "
          "sucht eine Projektleitung Wettbewerbe mit Italienischkenntnissen für Projekte im Tessin. Festanstellung 100 %, hybrides Arbeiten möglich. "
          "Hätten Sie Interesse an einem vertraulichen Gespräch?\n\nFreundliche Grüsse\nKatharina Vogt"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Davide Pirovano", "Growth Partner | ArchiLeads – clienti per studi tecnici", "Milano",
  ("inm", "Più clienti per il tuo studio", "Ciao Alex, aiutiamo gli studi di architettura a ricevere 10-15 richieste qualificate al mese da privati "
          "che vogliono ristrutturare. Paghi solo i contatti che ricevi. Ti va una call di 15 minuti per vedere se Milano è ancora libera?"),
  ("inm", "Re: Più clienti per il tuo studio", "Alex, ultima disponibilità per Milano nord. Se non ti interessa passo allo studio successivo in lista, nessun problema."))
P("stranger_inmail_sales", "en", "Brandon Lyle", "Head of Sales EMEA | Materialize", "Amsterdam",
  ("inm", "New materials, every month", "Hi Alex, Materialize ships a curated box of new surface materials to architecture studios every month. "
          "The first box is on us, after that it's €49/month, cancel anytime. Shall I reserve one for your Milan office?"))
P("stranger_inmail_sales", "en", "Sabine Kröll", "Vertriebsleiterin Südeuropa | GreenRoof Systems", "Stuttgart",
  ("inm", "Gründachsysteme für Ihre Projekte in Norditalien", "Sehr geehrte Damen und Herren,\n\nmit unseren Systemaufbauten für extensive und "
          "intensive Dachbegrünung erfüllen Sie die neuen Anforderungen der Mailänder Bauordnung mühelos. Gern stelle ich Ihnen unser Sortiment "
          "in einem 30-minütigen Online-Termin vor.\n\nMit freundlichen Grüßen\nSabine Kröll"),
  nl="de")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Roberta Valsecchi", "Architetta | Docente a contratto di Progettazione", "Lecco",
  ("inv", "Ciao Alex, ci siamo conosciuti al workshop sull'housing sociale a Lecco. Sto raccogliendo materiali sui cohousing lombardi per un "
          "ciclo di incontri gratuiti all'Ordine: posso farti qualche domanda sul progetto di Vimodrone?"),
  ("msg", "Grazie Alex! Ecco il programma degli incontri (gratuiti, 2 CFP ciascuno). Il 12 si parla proprio di cohousing: se vuoi intervenire "
          "come ospite sarebbe bellissimo.", (3, 10)),
  ("msg", "Alex, una cosa diversa: con mio marito abbiamo aperto una società che segue bandi e finanziamenti PNRR per i professionisti. Per gli "
          "studi come il tuo facciamo monitoraggio bandi e stesura delle domande a 250€ al mese. Ti mando la proposta?", (30, 60)))
P("good_turns_ugly", "it", "Pietro Bassi", "Architetto | Bassi Ferrario Architetti", "Milano",
  ("inv", "Ciao Alex, siamo due studi a due isolati di distanza in zona Tortona e non ci conosciamo! Se ti va prendiamo un caffè, "
          "magari ci scambiamo qualche contatto di imprese affidabili."),
  ("msg", "Ciao Alex, come promesso ti mando il riferimento del carpentiere di Abbiategrasso che ci ha fatto la copertura in legno: bravo e "
          "puntuale. Digli che vieni da parte mia.", (5, 15)),
  ("end", (10, 30)),
  ("msg", "Alex ti ho confermato {skill}. Mi fai il favore di confermarmi Interior design e Direzione lavori? Sto rifacendo il profilo e senza "
          "conferme sembra vuoto. Grazie!!", (1, 3)))
P("good_turns_ugly", "en", "Natasha Ivers", "Sustainability Consultant | LEED AP, BREEAM Assessor", "London",
  ("inv", "Hi Alex, I'm hosting a free online session for European architects on the EU taxonomy criteria for buildings (1 CPD hour). "
          "It would be great to have a few Italian practices in the room. Shall I send you the invite?"),
  ("msg", "Thanks for joining on Thursday, Alex! Here are the slides and the recording, as promised. The embodied-carbon checklist on p.14 "
          "might be handy for your school project.", (7, 14)),
  ("msg", "Hi Alex, hope the checklist helped. We now run LEED and BREEAM certification for small practices at a fixed fee of €6,900 per "
          "project. Could we book a call to scope your next one?", (20, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Cristian Mauri", "Commerciale | Plotter e stampanti grande formato", "Milano",
  ("inm", "Noleggio plotter A0 per studi tecnici", "Buongiorno, proponiamo il noleggio operativo di plotter HP DesignJet con assistenza e "
          "cartucce incluse a partire da 59€ al mese. Vuole un preventivo per lo studio?"),
  ("inv", "Ciao Alex, ci eravamo scritti qualche mese fa. Mi farebbe piacere averti tra i contatti, seguo con interesse i lavori dello studio!"))
P("reinvite_known_bad", "en", "Liam Costigan", "Construction Project Manager", "Cork",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, loved your post about the Lodi library. Would be great to connect and swap notes sometime."))
P("reinvite_known_bad", "it", "Tiziana Fumagalli", "Consulente assicurativa | RC professionale per tecnici", "Monza",
  ("inv", "Buongiorno, la polizza RC professionale del suo studio è in scadenza? Le faccio un confronto gratuito tra le migliori compagnie, "
          "spesso si risparmia il 30%."),
  ("inv", "Gentile Alex, riprovo a collegarmi: pubblico spesso aggiornamenti sulle novità normative per i professionisti tecnici, "
          "potrebbero interessarle."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Massimo Radaelli", "Titolare | Radaelli Edilizia", "Saronno",
  ("inv", "Buongiorno, impresa di costruzioni di Saronno, lavoriamo con diversi studi della zona. Ci terrei a farle avere il nostro listino."),
  ("inm", "Complimenti", "Bel modo di fare. Uno ti scrive con educazione e tu lo ignori. Lo studio sarà anche bello, ma la cortesia non "
          "si impara al Politecnico, evidentemente.", (10, 25)),
  ("inv", "Buongiorno Alex, ripartiamo col piede giusto? Abbiamo appena chiuso un cantiere in classe A a Saronno, se vuole vederlo "
          "volentieri le faccio fare un giro."))
P("reinvite_known_ugly", "en", "Ravi Chandran", "Host | ArchTalks Podcast", "Bengaluru",
  ("inm", "Guest invite: ArchTalks podcast", "Hi Alex, I host ArchTalks, a podcast where small practices talk about how they win work. "
          "Your adaptive reuse projects would make a great episode. Up for a 40-minute conversation next month?"),
  ("inm", "ArchTalks – featured guest package", "Great to hear you're interested, Alex! Guests appear through our featured package: "
          "episode, show notes, a video cut for LinkedIn and a newsletter slot, all for €790. Shall I send the invoice and a recording slot?", (4, 10)),
  ("inv", "Hi Alex, connecting here so we stay in touch. New season of ArchTalks is coming soon!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Giacomo Redaelli", "Consulente | Gestionale per studi tecnici", "Como",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Visto che lo studio sta crescendo ti propongo una prova del nostro gestionale per parcelle e ore "
          "di progetto: 30 giorni gratis, poi 39€ a utente al mese. Ti attivo l'account?", (1, 5)))
P("user_invited_pitch_once", "en", "Megan Carrow", "Sales Lead, Southern Europe | Fold workspace furniture", "Copenhagen",
  ("acc",),
  ("msg", "Hi Alex, thanks for the invite! Since you design offices, I'd love to get our modular range into your spec "
          "library. Could I drop off a sample kit at the studio?", (1, 6)))
P("user_invited_pitch_once", "it", "Jonas Albrecht", "Vertrieb | SolarSkin gebäudeintegrierte Photovoltaik", "Freiburg",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Kurz zu uns: Wir bieten gebäudeintegrierte PV-Module in Sonderfarben, ideal für Sanierungen "
          "im Denkmalumfeld. Darf ich Ihnen Unterlagen und Preise schicken?", (2, 8)),
  nl="de")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Francesca Longoni", "Agente | Carte da parati e tessuti d'arredo", "Como",
  ("acc",),
  ("msg", "Ciao Alex, grazie! Come ti dicevo al Salone ti lascio il link al catalogo nuovo di carte da parati: per gli studi c'è lo sconto "
          "professionale del 30%.", (1, 4)),
  ("msg", "Alex, novità: abbiamo aperto lo showroom in via Tortona. Passi a vedere i campioni? Ti preparo un preventivo su misura per "
          "le camere dell'hotel.", (15, 35)))
P("user_invited_pitch_twice", "en", "Ethan Marsh", "Account Executive | RenderNode cloud rendering", "Leeds",
  ("acc",),
  ("msg", "Cheers for the invite at Archiprix, Alex! As I mentioned, RenderNode gives you 64-core cloud rendering with no hardware to buy. "
          "Credit packs start at €99; I can add a welcome bonus if you sign up this week.", (2, 6)),
  ("msg", "Hey Alex, competition deadlines coming up? Our spring bundle doubles the credits on any pack above €300. Want me to set up your account?", (20, 40)))
P("user_invited_pitch_twice", "it", "Federico Nava", "Coordinatore sicurezza | CSP/CSE e formazione", "Milano",
  ("acc",),
  ("msg", "Buongiorno Alex, grazie per il collegamento. Svolgiamo incarichi di coordinamento della sicurezza in progettazione ed esecuzione "
          "per studi di architettura, a forfait. Posso mandarle la nostra presentazione?", (1, 7)),
  ("msg", "Alex, le riscrivo perché sono partiti i corsi di aggiornamento per coordinatori (40 ore in aula a Milano): per i suoi "
          "collaboratori applichiamo il 20% di sconto. Le riservo dei posti?", (25, 50)))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Sara Pozzi", "Ingegnere impiantista | Pozzi Engineering", "Monza",
  ("acc",),
  ("msg", "Grazie Alex! Ti confermo che siamo interessati a partecipare insieme alla gara per la scuola di Seregno: noi copriamo impianti e "
          "antincendio. Ti mando la nostra scheda requisiti (fatturato e servizi di punta) così verifichi il raggruppamento.", (1, 5)))
P("user_invited_value", "en", "Daniel Ferreira", "Associate | Atelier Norte", "Lisbon",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, great to meet you at the Biennale opening. As promised, here's our open library of Archicad objects "
          "for timber joinery. Free to use, and feedback is very welcome.", (1, 3)))
P("user_invited_value", "it", "Tommaso Lattuada", "Architetto | Ufficio tecnico Comune di Vimercate", "Vimercate",
  ("acc",),
  ("msg", "Buongiorno Alex, grazie per l'invito. Come accennato al convegno le giro il documento di indirizzo alla progettazione della nuova "
          "palestra: la procedura apre a fine mese e le faq chiariscono i requisiti per i giovani professionisti. Buon lavoro.", (2, 9)))


# =============================================================== acceptance_only
P("acceptance_only", "it", "Emanuele Tosi", "Architetto | Tosi Studio", "Piacenza", ("acc",))
P("acceptance_only", "en", "Clara Whitfield", "Landscape Architect | Whitfield Gardens", "Bath", ("acc",))


# =============================================================== lone_endorsement
P("lone_endorsement", "it", "Giovanni Airoldi", "Architetto | Airoldi Associati", "Milano", ("end",))
P("lone_endorsement", "de", "Annika Berger", "Innenarchitektin | Berger Raum", "Innsbruck", ("end",))


# ------------------------------------------------------------------------- checks and layout eras
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
ERAS_2016 = {"Chiara Bonfanti", "Matteo Cerri", "Sergio Brambilla", "Uwe Hartlieb", "Arjun Mehta", "Gianluca Motta", "Tom Keller",
             "Priya Raghavan", "Ilaria Brivio", "Gareth Pryce", "Paola Mariani", "Fabio Colombo", "Ivano Sangalli", "Simone Frigerio",
             "Andrea Zucchi", "Oliver Brandt", "Laura Bertoni", "Margaret Sully", "Pietro Bassi", "Liam Costigan", "Massimo Radaelli",
             "Francesca Longoni", "Daniel Ferreira", "Emanuele Tosi", "Giovanni Airoldi"}
ERAS = {p[2]: ("2016" if p[2] in ERAS_2016 else "cur") for p in PEOPLE}
assert ERAS_2016 <= set(ERAS), ERAS_2016 - set(ERAS)
assert len(ERAS) == len(PEOPLE), "a name is used twice"


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Chiara Bonfanti", "c.bonfanti@bonfantizanetti.example.it", "Concorso scuola Seriate",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn ma non so se lo guardi: il bando di Seriate è sulla piattaforma Sintel, "
     "sopralluogo obbligatorio entro il 20. Se vi serve un giovane professionista nel gruppo vi segnalo una nostra ex collaboratrice.\n\nChiara", "it"),
    ("Fondazione OAMi", "formazione@fondazione-oami.example.it", "Newsletter formazione: i corsi di novembre",
     "Gentili iscritti,\n\nsono aperte le iscrizioni ai corsi di novembre. Ricordiamo che gli aggiornamenti sui seminari gratuiti "
     "vengono pubblicati anche sulla nostra pagina LinkedIn.\n\nLa Segreteria", "it"),
    ("Roberto Guzzetti", "r.guzzetti@guzzetti-immobiliare.example.it", "Ex opificio lungolago – planimetrie",
     "Buongiorno Architetto,\n\ncome anticipato nell'invito su LinkedIn le mando le planimetrie catastali e le foto dell'immobile. "
     "Possiamo fissare un sopralluogo la settimana prossima?\n\nCordiali saluti\nRoberto Guzzetti", "it"),
    ("Global Architecture Awards", "entries@global-arch-awards.example", "Final call: submit your project (early-bird fee ends Sunday)",
     "Dear Architect,\n\nwe came across your work on LinkedIn and Instagram. Submit your project to the Global Architecture Awards: "
     "entry fee €390 per project, winners featured in our yearbook.", "en"),
    ("Giulia – Studio Morgan", "giulia@studiomorgan.example.it", "Fwd: invito LinkedIn da un'impresa",
     "Alex,\n\nti inoltro l'invito che è arrivato sulla casella dello studio da Restelli Costruzioni su LinkedIn, quelli che ci avevano già "
     "chiamato due volte. Decidi tu, io non risponderei.\n\nG.", "it"),
    ("Autodesk", "renewals@autodesk-store.example.com", "Il tuo abbonamento Revit scade tra 30 giorni",
     "Ciao Alex,\n\nil tuo abbonamento a Revit scade tra 30 giorni. Rinnova ora per non perdere l'accesso. "
     "Segui Autodesk su LinkedIn per webinar e novità.", "it"),
    ("Holzbau-Forum Sekretariat", "anmeldung@holzbau-forum.example.de", "Anmeldebestätigung Holzbau-Forum",
     "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Anmeldung. Das Programm und die Liste der Referierenden finden Sie auch auf unserer "
     "LinkedIn-Seite.\n\nIhr Holzbau-Forum-Team", "de"),
    ("Studio Tributario Galbiati", "segreteria@galbiati-commercialisti.example.it", "Scadenze fiscali e fatture elettroniche",
     "Gentile Architetto,\n\nle ricordiamo di inviarci entro il 10 le fatture passive del trimestre. "
     "Per qualsiasi dubbio ci trova in studio, non su LinkedIn :)\n\nStudio Galbiati", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot corpus dev142. Generated by scripts/make_corpus_dev142.py (seed {SEED}); do not edit by hand.",
          "# Alex as owner of a small architecture practice in Milan: clients and developers, materials and BIM reps, competitions real and "
          "pay-to-enter, applicants, peers sharing tenders, engineers bidding together, rude contractors. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev142", SEED, PEOPLE, FOREIGN, spoofs=9, other=10, header=HEADER, eras=ERAS)
