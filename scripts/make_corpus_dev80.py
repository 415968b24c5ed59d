#!/usr/bin/env python3
"""Write mailbot's eightieth, independent development corpus: tests/corpus/dev80/*.eml + expected.toml.

The angle: the user Alex is the managing director (amministratore delegato) of Zanin
Macchine, a family-owned builder of CNC tube-bending machines in Castelfranco Veneto that
sells a good half of its output to Germany. Their LinkedIn world: component suppliers
(bearings, drives, pneumatics, linear guides) and their reps; distributors and agents, both
real ones who want to carry the machines or bring buyers on commission and people who sell
"market entry" for a monthly fee; trade-fair organisers (free visitor passes against stand
space for sale); consultants for subsidies (bandi, Industria 4.0, iperammortamento,
Transizione 5.0, credito d'imposta); banks, factoring and leasing; insurers and energy
brokers; peers from the local industrial association and business networks; German
customers, plant managers and buyers; schools and universities offering interns and
research; headhunters with real roles. Formal business Italian (Lei, "Gentile", "Resto a
disposizione"), Venetian-flavoured casual Italian (xe, te go, gnanca, un'ombra), German
(Sie and du, Swabian and Bavarian greetings) and some English; some writers use a language
other than Alex's LinkedIn wording.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, job-alert and
digest titles, names and headlines of spoof-only people and PYMK suggestions, spoof InMail
subjects and the pitches that spoofs carry are swapped for this world in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md
alone, without reading mailbot's signals, judge or wording, or other corpora's notes.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev80.py              # writes tests/corpus/dev80
    python scripts/make_corpus_dev80.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260880

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ a Veneto machine builder's world (this process only)
SKILLS = {
    "it": ["Macchine utensili", "Export", "Gestione aziendale", "Lean manufacturing", "Vendite internazionali", "Automazione industriale"],
    "de": ["Werkzeugmaschinen", "Export", "Unternehmensführung", "Maschinenbau", "Internationaler Vertrieb", "Lean Management"],
    "en": ["Machine Tools", "Export", "General Management", "Lean Manufacturing", "International Sales", "Industrial Automation"],
    "fr": ["Machines-outils", "Export", "Direction générale", "Lean manufacturing", "Vente internationale"],
    "es": ["Máquinas herramienta", "Exportación", "Dirección general", "Lean manufacturing", "Ventas internacionales"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.L["it"]["rheadline"] = "Amministratore Delegato presso Zanin Macchine S.r.l. | Piegatubi CNC"
mc.L["de"]["rheadline"] = "Geschäftsführer bei Zanin Macchine S.r.l. | CNC-Rohrbiegemaschinen"
mc.L["en"]["rheadline"] = "Managing Director at Zanin Macchine S.r.l. | CNC tube benders"
mc.L["fr"]["rheadline"] = "Directeur général chez Zanin Macchine S.r.l."
mc.L["es"]["rheadline"] = "Director general en Zanin Macchine S.r.l."
mc.LANGS[:] = ["it", "de", "en", "it", "de"]   # spoofs and other LinkedIn mail: Alex's languages
mc.CITY.update({"it": ["Castelfranco Veneto", "Treviso", "Padova", "Vicenza", "Bassano del Grappa", "Verona", "Mestre"],
                "de": ["Stuttgart", "München", "Nürnberg", "Augsburg", "Düsseldorf", "Ulm", "Wien"],
                "en": ["London", "Birmingham", "Milan", "Manchester", "Dublin", "Sheffield"]})
mc.NAMES.update({
    "it": (["Loris", "Mara", "Silvano", "Roberta", "Ivan", "Daniela", "Manuel", "Sonia", "Flavio", "Erika", "Cristian", "Monica", "Devis", "Katia"],
           ["Baggio", "Favaro", "Zanetti", "Rigon", "Visentin", "Bortolato", "Pellizzari", "Cecchetto", "Lunardi", "Miotto", "Sbrissa", "Tessarolo"]),
    "de": (["Jens", "Sandra", "Ralf", "Birgit", "Holger", "Petra", "Uli", "Martina", "Frank", "Simone", "Armin", "Tanja"],
           ["Häberle", "Maier", "Straub", "Kohler", "Eisele", "Bauer", "Reichert", "Lutz", "Ziegler", "Graf", "Heinzelmann", "Wörner"]),
    "en": (["Neil", "Claire", "Stuart", "Joanne", "Gavin", "Alison", "Craig", "Hayley", "Martin", "Louise"],
           ["Bennett", "Rowley", "Hargreaves", "Whitmore", "Lacey", "Dunmore", "Kirkby", "Pollard", "Stanton", "Tranter"]),
})
mc.JOBS[:] = [("Direttore Generale", "Gruppo Bertoncello Meccanica"), ("Geschäftsführer (m/w/d) Italien", "Kessling Maschinenbau GmbH"),
              ("Export Manager DACH", "Officine Trevigiane Piegatura"), ("Chief Operating Officer", "Lagunare Packaging Machines"),
              ("Direttore Commerciale Estero", "Fonderie Berica")]
mc.COMPANIES["good"] = ["Confindustria Veneto Est", "Università di Padova", "ITS Academy Meccatronico", "Faßbender Rohrsysteme", "Bertoncello Meccanica",
                        "Stadler Fördertechnik", "Zen Valvole", "Marcolin Oleodinamica"]
mc.COMPANIES["sales"] = ["PlantPulse MES", "Energia Nordest Business", "Staffmec Lavoro", "Messebau Kühn", "QuoteForge", "FinAgevolata Group",
                         "DACH Termine GmbH", "Polizza Impresa Broker"]
mc.HEADLINES["good"] = ["Titolare presso {co}", "Direttore tecnico | {co}", "Werkleiter bei {co}", "Einkaufsleiter | {co}",
                        "Export Manager at {co}", "Responsabile ufficio acquisti presso {co}"]
mc.HEADLINES["sales"] = ["Account Manager presso {co}", "Business Development | {co}", "Vertrieb DACH bei {co}", "Founder & CEO at {co}",
                         "Aiuto le PMI manifatturiere a crescere | {co}", "Consulente senior | {co}"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Domanda veloce", "Per Zanin Macchine", "Un'idea per l'export", "15 minuti?", "Collaborazione"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage", "Für Zanin Macchine", "Idee für Ihren Export", "15 Minuten?", "Zusammenarbeit"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "For Zanin Macchine", "Idea for your German business", "15 minutes?", "Partnership"]
mc.OTHER["it"].update(
    job=("{n} nuove offerte per «direttore generale»", "Il tuo avviso di lavoro per direttore generale a {city}", "Visualizza offerta"),
    news=("I dazi e la frenata tedesca: cosa rischia la meccanica veneta?", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in Imprenditori Meccanica Nordest", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    newsletter=("Fabbrica Veneta: il vero costo di una fiera in Germania", "Nuova edizione di una newsletter a cui sei iscritto"))
mc.OTHER["de"].update(
    job=("{n} neue Jobs für „Geschäftsführer Maschinenbau“", "Ihr Jobalarm für Geschäftsführer Maschinenbau in {city}", "Job anzeigen"),
    news=("Maschinenbau: Auftragseingang sinkt das dritte Quartal in Folge", "Top-Meldungen von LinkedIn News für Sie"),
    group=("Top-Unterhaltungen in Rohrbearbeitung & Umformtechnik", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
    newsletter=("Mittelstand kompakt: Handelsvertreterrecht für ausländische Hersteller", "Neue Ausgabe eines Newsletters, den Sie abonniert haben"))
mc.OTHER["en"].update(
    job=("{n} new jobs for \"managing director manufacturing\"", "Your job alert for managing director manufacturing in {city}", "View job"),
    news=("Can European machine builders still compete on price?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Tube & Pipe Fabrication Professionals", "Here are the top conversations in your group this week"),
    newsletter=("The Family Firm: when the next generation says no", "New edition of a newsletter you subscribed to"))
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.example.org", "display:tradeco-supplies.example", "buried", "wrongpass", "lookalike:linkedin.com.secure-notify.example"]
SPOOF_PITCH = {
    "it": ["Buongiorno {first}, le ho inviato tramite LinkedIn la conferma d'ordine firmata per le due piegatubi. Acceda dal link protetto per scaricare il PDF.",
           "Ciao {first}, ti ho condiviso il capitolato tecnico del cliente tedesco. Accedi con le credenziali LinkedIn per aprire la cartella."],
    "de": ["Guten Tag {first}, anbei die Bestellung für die zwei Biegemaschinen. Bitte melden Sie sich über den sicheren Link an, um das Dokument zu öffnen.",
           "Hallo {first}, ich habe Ihnen die geänderte Rechnung mit der neuen Bankverbindung freigegeben. Bitte mit Ihren LinkedIn-Daten anmelden."],
    "en": ["Hello {first}, please find our purchase order for two CNC benders via the secure LinkedIn document link below. Sign in to view.",
           "Hi {first}, I've shared the tender specification with you. Log in with your LinkedIn details to open the folder before it expires."],
    "fr": ["Bonjour {first}, je vous ai partagé notre bon de commande. Connectez-vous pour le consulter."],
    "es": ["Hola {first}, te he compartido nuestra orden de compra. Inicia sesión para verla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Giambattista Dal Molin", "Vicepresidente Piccola Industria | Confindustria Veneto Est · Titolare Dal Molin Stampi", "Treviso",
  ("inv", "Ciao Alex, giovedì 14 facciamo in sede a Treviso una colazione tra imprenditori sul passaggio generazionale: parla un notaio e "
          "due aziende che l'hanno già fatto, niente consulenti che vendono. Gratis per gli associati, ci sono ancora posti. Ti aspetto!"),
  ("rem",))
P("good_invitation", "de", "Markus Eberle", "Leiter Instandhaltung | Eberle Rohrtechnik GmbH", "Reutlingen",
  ("inv", "Guten Tag, bei uns in Reutlingen laufen seit 2019 zwei Ihrer Biegemaschinen. Ich hätte eine Frage zur Nachrüstung der Steuerung "
          "nach der neuen Maschinenverordnung und würde das gern direkt mit Ihnen oder Ihrer Technik klären. Gruß, M. Eberle"))
P("good_invitation", "it", "Silvia Trentin", "Referente stage e placement | ITS Academy Meccatronico Veneto", "Vicenza",
  ("inv", "Buongiorno, seguo i tirocini all'ITS Meccatronico di Vicenza. Da marzo 22 ragazzi del secondo anno cercano 800 ore di stage "
          "in aziende meccaniche: per l'azienda nessun costo, copre tutto la Regione. Se ve la sentite di ospitarne uno o due, ne parliamo?"),
  ("rem",))
P("good_invitation", "en", "Elena Bortolami", "Professoressa associata, Ingegneria Meccanica | Università di Padova", "Padova",
  ("inv", "Gentile Alex, il mio gruppo sulla manutenzione predittiva cerca due aziende del territorio che ci lascino montare sensori su una "
          "macchina per sei mesi. Il progetto è finanziato dal PNRR: a voi restano i dati e il modello. Le andrebbe di parlarne?"), nl="it")
P("good_invitation", "de", "Thomas Hartmann", "Geschäftsführer | Hartmann Maschinenhandel GmbH", "Augsburg",
  ("inv", "Hallo Alex, wir handeln Maschinen für die Rohrbearbeitung in Bayern und Österreich und suchen für nächstes Jahr einen Hersteller "
          "von CNC-Biegemaschinen fürs Programm. Ihre Maschinen hab ich auf der Blechexpo gesehen. Interesse an einem Gespräch?"))
P("good_invitation", "it", "Nicola Zanella", "Titolare | Zanella Carpenterie Metalliche", "Castelfranco Veneto",
  ("inv", "Ciao Alex, gavemo i capannoni quasi tacà 😄 Domanda da collega: col rappresentante in Germania avete fatto contratto tedesco "
          "o italiano? Mi sto incartando con l'indennità di fine rapporto. Se te ga cinque minuti te offro un'ombra, Nicola"),
  ("rem",))
P("good_invitation", "it", "Katrin Vogelsang", "Redakteurin Umformtechnik | MM Maschinenmarkt", "Würzburg",
  ("inv", "Guten Tag, für den MM Maschinenmarkt schreibe ich eine Serie über Familienunternehmen aus Norditalien, die nach Deutschland liefern. "
          "Hätten Sie Zeit für ein Telefoninterview von etwa 30 Minuten? Redaktionell, ohne Anzeigenpaket. Beste Grüße, K. Vogelsang"), nl="de")
P("good_invitation", "en", "David Kerr", "Independent sales agent, fabrication machinery | UK & Ireland", "Birmingham",
  ("inv", "Hi Alex, I represent a few European machine builders in the UK, commission only. Two of my customers, both tube fabricators in the "
          "Midlands, are asking me for a bender in your size range. No fees, no retainer. Glad to explain how I work if that's useful."))


# =============================================================== default_invitation
P("default_invitation", "de", "Franziska Lorenz", "Key Account Managerin | Hydraulik Lorenz GmbH", "Stuttgart", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Massimo Fabris", "Gestore Imprese | Banca Veneta di Credito", "Padova", ("inv", NONOTE))
P("default_invitation", "it", "Andrea Scquizzato", "Consulente finanza agevolata e bandi", "Padova", ("inv", DEFAULT))
P("default_invitation", "en", "Jason Whitley", "Business Development Director | Industrial Automation", "Manchester", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Loredana Cappellotto", "Consulente Transizione 5.0 · Credito d'imposta · FinAgevolata Group", "Treviso",
  ("inv", "Buongiorno Alex, con Transizione 5.0 le aziende come la vostra recuperano fino al 45% sui nuovi macchinari. Ci occupiamo noi "
          "di certificazioni e pratica, con compenso solo a successo. Le lascio il mio contatto per fissare una consulenza."),
  ("rem",))
P("sales_invitation", "de", "Jörg Kessler", "Sales Manager International | TubeTech Süd Messe", "Stuttgart",
  ("inv", "Hallo Alex, für die TubeTech Süd im Oktober haben wir noch drei Standflächen in Halle 4 direkt am Eingang, ideal für Aussteller "
          "aus Italien. Der Frühbucherpreis gilt bis Monatsende. Darf ich Ihnen die Unterlagen schicken?"))
P("sales_invitation", "it", "Ruggero Pilotto", "Wealth Advisor | Private Banking per famiglie imprenditoriali", "Vicenza",
  ("inv", "Gentile Alex, seguo diverse famiglie imprenditoriali vicentine nella pianificazione patrimoniale e nella separazione tra "
          "patrimonio personale e aziendale. Mi farebbe piacere illustrarle il nostro approccio in un incontro riservato."))
P("sales_invitation", "de", "Sven Mertens", "Geschäftsführer | DACH Termine GmbH – B2B-Terminierung", "Düsseldorf",
  ("inv", "Moin Alex, wir vereinbaren für italienische Maschinenbauer qualifizierte Termine mit Einkäufern im DACH-Raum. Sie zahlen pro "
          "Termin, nicht pro Monat. Für Q2 sind noch 3 Plätze frei. Kurzer Austausch diese Woche?"))
P("sales_invitation", "en", "Priya Raman", "Account Executive | PlantPulse MES", "London",
  ("inv", "Hi Alex, saw Zanin Macchine is hiring again, congrats! PlantPulse helps machine builders cut commissioning time by 30% with our "
          "cloud MES. Would love to show you a 20-min demo next week?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Alvise Tonon", "Fondatore | Nordest Export Club", "Padova",
  ("inv", "Ciao Alex, sto mettendo insieme un gruppetto di titolari veneti che esportano in Germania: una sera al mese ci si racconta "
          "clienti che pagano a 120 giorni, fiere, agenti. Niente quote, solo confronto tra pari. Ti andrebbe di entrare?"),
  ("msg", "Alex, grazie di essere nel gruppo! Prima della serata volevo farti vedere una cosa: col mio studio offriamo il servizio di "
          "Temporary Export Manager per l'area DACH, 2.900 € al mese più provvigione sul fatturato nuovo. Ti mando la proposta o passo io in azienda?", (5, 20)),
  ("msg", "Ti riscrivo perché a fine mese chiudiamo gli ingressi per il 2025. Se il TEM ti interessa fammi sapere entro venerdì, ti tengo "
          "le condizioni di lancio."))
P("bait_and_switch_invitation", "it", "Beatrice Furlan", "Bandi e contributi per le imprese manifatturiere", "Mestre",
  ("inv", "Buongiorno Alex, ho preparato una guida gratuita con tutti i bandi regionali e nazionali aperti quest'anno per la meccanica: "
          "scadenze, importi, requisiti. La condivido volentieri con gli imprenditori della zona, le fa piacere riceverla?"),
  ("msg", "Buongiorno Alex, spero che la guida le sia stata utile. Guardando il vostro settore, Zanin Macchine rientrerebbe nel bando "
          "regionale ricerca e sviluppo: per la pratica completa chiediamo un fisso di 1.500 € più il 10% del contributo ottenuto. Quando possiamo avviarla?"))
P("bait_and_switch_invitation", "de", "Harald Wintersteiger", "Geschäftsführer | Wintersteiger Vertriebspartner GmbH", "Linz",
  ("inv", "Servus Alex, ich komm selbst aus dem Sondermaschinenbau und frag mich schon länger, wie ihr Italiener den Service vor Ort "
          "in Deutschland löst: eigenes Team oder Partner? Würd mich über einen Austausch unter Kollegen freuen."),
  ("msg", "Danke für die offene Antwort neulich! Genau da setzen wir an: Wir übernehmen für italienische Hersteller Vertrieb und Service "
          "in Österreich und Süddeutschland, Monatspauschale ab 4.800 €, Start binnen 6 Wochen. Soll ich Ihnen ein Angebot schicken?"))
P("bait_and_switch_invitation", "en", "Catherine Doyle-Hart", "Founder | Family Enterprise Circle", "London",
  ("inv", "Alex - let's connect as fellow second-generation family business leaders. I host a small peer group where owners talk openly "
          "about succession, siblings and boards. It would be good to have a voice from Italian manufacturing."),
  ("msg", "Lovely to be connected, Alex. Alongside the circle I advise families on structuring wealth outside the operating company: "
          "holding structures, trusts, investment mandates. Could we book 30 minutes to see whether a family office review makes sense for you?"),
  ("msg", "Hi Alex, circling back on the family office review. I'm in Milan on the 18th with two free slots - shall I hold one for you?"))
P("bait_and_switch_invitation", "it", "Denis Baldan", "Presidente | Rete Imprese Alta Padovana", "Cittadella",
  ("inv", "Ciao Alex, come rete di imprese dell'Alta Padovana stiamo facendo un gruppo d'acquisto tra aziende vicine per energia e corsi "
          "sicurezza. Tutto tra soci, senza intermediari. Ti interessa entrare nel giro?"),
  ("msg", "Ciao Alex! Per l'ingresso nella rete ti giro la proposta della nostra assicurazione convenzionata: polizza D&O e key man per "
          "l'amministratore, sconto soci del 15%. Se firmiamo entro il mese ti blocco la tariffa, dimmi ti quando passo."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Kerstin Maaß", "Senior Analystin | Mittelstand Research Institut", "Düsseldorf",
  ("inm", "Studie: Zulieferer aus Italien", "Guten Tag, für eine Studie zur Rolle italienischer Zulieferer im deutschen Maschinenbau "
          "befragen wir 40 Geschäftsführer. 15 Minuten am Telefon, die Ergebnisse bekommen alle Teilnehmer kostenlos. Wären Sie dabei?"),
  ("inm", "Ihre Teilnahme + Marktpaket", "Vielen Dank für Ihre Zusage. Ergänzend zur Studie bieten wir ein individuelles Marktpaket an: "
          "Zielkundenliste mit 250 Einkaufsleitern samt Kontaktdaten und Wettbewerbsanalyse, für Studienteilnehmer 3.900 € netto. "
          "Darf ich Ihnen das Angebot zusenden?", (4, 12)))
P("bait_and_switch_inmail", "it", "Martina Gasparini", "Event Manager | Forum Innovazione Manifatturiera", "Milano",
  ("inm", "Invito come relatore", "Gentile Alex, stiamo chiudendo il programma del Forum Innovazione Manifatturiera di novembre e il "
          "percorso di un'azienda di famiglia che esporta in Germania sarebbe perfetto per il panel sull'internazionalizzazione. "
          "Le andrebbe di intervenire?"),
  ("inm", "Forum – conferma intervento", "Gentile Alex, grazie per la disponibilità! Per confermare lo slot da relatore è prevista "
          "l'adesione al pacchetto partner Silver (4.500 € + IVA), che comprende intervento, logo sui materiali e desk espositivo. "
          "Le mando il modulo d'ordine?"),
  ("inm", "Ultimi posti nel panel", "Gentile Alex, nel panel restano due posti. Confermando il pacchetto Silver entro lunedì le "
          "riconosciamo il 10% di sconto. Attendo un suo cenno."))
P("bait_and_switch_inmail", "it", "Tommaso Bellin", "Laureando magistrale in Economia e Gestione delle Aziende | Ca' Foscari", "Venezia",
  ("inm", "Tesi sul passaggio generazionale", "Buongiorno, sto scrivendo la tesi magistrale sul passaggio generazionale nelle PMI "
          "meccaniche venete. Potrei farle quattro o cinque domande qui in chat? Le manderei poi la tesi finita, se le interessa."),
  ("inm", "Grazie + una proposta", "Grazie ancora per le risposte, mi sono servite tantissimo. Le scrivo anche perché collaboro con "
          "uno studio di coaching per la successione: un percorso di 6 incontri per titolare e figli a 3.200 €. Se vuole le giro la "
          "brochure e fissiamo una call con il fondatore."))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Gianni Bergamin", "Commerciale | Bergamin Cuscinetti & Trasmissioni", "Vicenza",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Te go confermà {skill} e anca un'altra, te le meriti tute 😉 Se te ghe un minuto me confermi Vendite e "
          "Trasmissioni meccaniche? Sto sistemando el profilo, grazie mile!"))
P("endorse_me_back", "de", "Uwe Schönfelder", "Vertriebsleiter Italien | Schönfelder Antriebstechnik", "Nürnberg",
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt – völlig verdient. Kleine Bitte: Könnten Sie mich im Gegenzug für "
          "„Antriebstechnik“ und „Key Account Management“ bestätigen? Danke und Gruß aus Nürnberg"))
P("endorse_me_back", "en", "Mark Ellison", "Export Sales Agent | Italian machinery into the UK", "Leeds",
  ("end",), ("end",),
  ("msg", "Hey Alex, gave you a couple of endorsements ({skill} among them). Would you mind returning the favour with International Sales "
          "and Negotiation? Every little helps with the algorithm these days. Cheers, Mark"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Sara Vettorello", "Account Manager Espositori | MecNord – Fiera della subfornitura meccanica", "Pordenone",
  ("inv", "Buongiorno Alex, siamo gli organizzatori di MecNord, la fiera della subfornitura meccanica di Pordenone. Vorrei presentarle "
          "le aree espositive ancora disponibili, con tariffa riservata alle aziende venete."),
  ("rem",),
  ("inm", "Mancata risposta", "Gentile Alex, le ho scritto due volte senza ricevere neanche un cenno. Mi permetto di dirle che tra "
          "imprenditori seri un «no, grazie» si deve sempre. Trovo questo atteggiamento poco rispettoso del lavoro altrui."))
P("hostility_after_decline", "de", "Dieter Brandl", "Vertriebsingenieur | Brandl Spanntechnik", "Rosenheim",
  ("inv", DEFAULT),
  ("inm", "Ihre Ablehnung", "Sie haben meine Kontaktanfrage abgelehnt. Interessant. Ich dachte, Italiener legen Wert auf Beziehungen. "
          "Mit dieser Arroganz kommen Sie auf dem deutschen Markt nicht weit."))
P("hostility_after_decline", "it", "Moreno Scarpa", "Agente assicurativo plurimandatario | Rischi d'impresa", "Bassano del Grappa",
  ("inv", "Ciao Alex, lavoro con tante aziende metalmeccaniche della zona sulla RC prodotto per l'export. Te ghe mezz'ora per un caffè? "
          "Te fasso vedere come risparmiare sul premio."),
  ("rem",),
  ("inm", "??", "Oh Alex, visto che no te rispondi gnanca... Ma chi te credi de esser? Mi lavoro da trent'ani, no go bisogno de ti. "
          "Xe gente come ti che fa fallir le aziende. Ciao neh."))
P("hostility_after_decline", "en", "Brandon Hale", "Growth Consultant | Helping manufacturers scale in the US", "Austin",
  ("inv", NONOTE),
  ("inm", "Wow", "Declined my invite? Cool. Guess you're too important for people who actually want to help your business grow. "
          "Enjoy falling behind, Alex."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Roberta Marcon", "Consulente Industria 4.0 · Iperammortamento · Perizie giurate", "Treviso",
  ("msg", "Buongiorno Alex, ho visto che avete installato nuovi centri di lavoro: con l'iperammortamento del Piano Industria 4.0 "
          "potete dedurre il 250%, ma serve la perizia giurata sull'interconnessione. Ce ne occupiamo noi in due settimane. "
          "Possiamo fissare una telefonata?"),
  ("msg", "Vedo che ha letto e preferisce non rispondere. Sa, non è così che si fa impresa: chi snobba i professionisti poi piange "
          "quando arriva la verifica della Finanza. Auguri."))
P("hostility_connection", "de", "Klaus Redder", "Vertrieb | Redder Ersatzteillogistik GmbH", "Bielefeld",
  ("acc",),
  ("msg", "Danke fürs Vernetzen! Wie auf der EMO kurz besprochen: Unsere Ersatzteillogistik übernimmt Lager, Versand und Zoll für Ihre "
          "deutschen Kunden. Passt Ihnen nächste Woche ein Termin, damit ich ein Angebot machen kann?"),
  ("msg", "Dann eben nicht. Erst auf der Messe Interesse vorspielen und dann nicht mal antworten, das nenne ich unprofessionell. "
          "Ihre Firma werde ich meinen Kunden ganz sicher nicht empfehlen."))
P("hostility_connection", "en", "Liam Foster", "Co-founder | Configra 3D product configurators", "Bristol",
  ("msg", "Alex, quick one: we build 3D configurators for machine builders so your dealers can spec and quote online. Firms your "
          "size see around 25% more inbound. Worth a 15-min look?"),
  ("msg", "Hi again - happy to do the call in Italian with my colleague if that's easier. Thursday or Friday?"),
  ("msg", "Not even a 'no thanks'? I've been polite three times now. Frankly that's rude, and it says a lot about how your company "
          "treats people."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Elisa Toffolon", "Energy Manager | Energia Nordest Business", "Treviso",
  ("msg", "Ciao Alex, coi prezzi dell'energia di quest'anno conviene rivedere il contratto del capannone: ti faccio l'analisi delle "
          "bollette e ti propongo un fisso a 24 mesi. Mi mandi le ultime due fatture?"),
  ("msg", "Ciao Alex, riprendo il discorso bollette: fino al 30 teniamo ancora il prezzo fisso bloccato per le aziende sopra i 300 MWh. "
          "Ti preparo l'offerta?"),
  ("msg", "Ultimo promemoria: da lunedì il listino sale. Se mi dai l'ok oggi ti tengo il prezzo vecchio."))
P("connection_only_pitches", "de", "Matthias Kühn", "Inhaber | Messebau Kühn – Messestände für den Maschinenbau", "Düsseldorf",
  ("msg", "Hallo Alex, ich habe gesehen, dass Sie dieses Jahr auf der Tube in Düsseldorf ausstellen. Wir bauen Messestände für "
          "Maschinenbauer, komplett mit Transport, Montage und Einlagerung. Darf ich Ihnen drei Referenzen und ein Richtangebot schicken?"),
  ("msg", "Guten Tag, nur zur Erinnerung: Für die Tube sind unsere Montageteams bald ausgebucht. Sollen wir Ihnen noch einen Slot "
          "reservieren?"))
P("connection_only_pitches", "it", "Fabio Menegazzo", "Filiale manager | Staffmec Lavoro – somministrazione personale tecnico", "Castelfranco Veneto",
  ("msg", "Gentile Alex, la nostra agenzia è specializzata nella somministrazione di saldatori, tornitori CNC e manutentori. Inseriamo "
          "personale in 48 ore, anche in staff leasing. Le andrebbe di ricevere il nostro listino?"),
  ("msg", "Gentile Alex, le segnalo che abbiamo quattro tornitori CNC disponibili da subito in zona Bassano–Castelfranco, con tariffa "
          "oraria agevolata per i nuovi clienti. Resto in attesa di un suo riscontro."))


# =============================================================== single_pitch
P("single_pitch", "it", "Cristina Pegoraro", "Broker assicurativo | Rischi industriali e trasporti", "Padova",
  ("msg", "Buongiorno Alex, a luglio per molte aziende scade la polizza incendio e furto del capannone. Le propongo una comparazione "
          "tra cinque compagnie, spesso si risparmia il 20%. Mi dica lei quando le fa comodo."))
P("single_pitch", "de", "Stefan Wolters", "Disponent | Wolters Spedition – Italienverkehre", "Ulm",
  ("msg", "Hallo Alex, wir fahren täglich Teilladungen von Venetien nach Baden-Württemberg und Bayern, auch Maschinen mit Überbreite. "
          "Wenn Sie mir Ihre üblichen Relationen nennen, schicke ich Ihnen gern Frachtpreise."))
P("single_pitch", "en", "Helen McCarthy", "Director | Technical translation DE/EN/IT for machinery", "Dublin",
  ("msg", "Hi Alex, I noticed your machines ship with manuals in four languages. We translate technical documentation for CE compliance "
          "with engineers who know the kit, fixed price per page and quick turnaround. Happy to quote on your next manual."))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Paolo Girardi", "Area Internazionalizzazione | Confindustria Veneto Est", "Padova",
  ("msg", "Ciao Alex, ti segnalo il seminario gratuito del 12 con l'Agenzia delle Dogane sui nuovi dazi e sul CBAM per chi esporta "
          "componenti in acciaio: due ore, poi domande libere. Mi sembra fatto apposta per voi, se vuoi ti tengo un posto."))
P("connection_brings_value", "de", "Jürgen Faßbender", "Werkleiter | Faßbender Rohrsysteme GmbH", "Siegen",
  ("end",),
  ("msg", "Hallo Alex, kurze Rückmeldung: Die zweite Biegemaschine läuft seit drei Monaten ohne Störung, die Kollegen sind begeistert. "
          "Unser Schwesterwerk in Chemnitz plant eine ähnliche Linie. Der Werkleiter dort heißt Ralf Köpke, ich habe ihm Ihren Namen "
          "gegeben, er meldet sich nächste Woche bei Ihnen."))
P("connection_brings_value", "it", "Luisa Bonaldo", "HR Manager | Bertoncello Meccanica", "Montebelluna",
  ("msg", "Ciao Alex! Ti scrivo perché ho un ragazzo bravissimo, manutentore elettromeccanico di 28 anni, che si è trasferito vicino "
          "a Castelfranco e cerca lavoro. Se cercate qualcuno ti giro il CV, nessun costo eh, è il figlio di una mia cara amica."))
P("connection_brings_value", "en", "Richard Owusu", "Senior Research Engineer, Forming | Advanced Manufacturing Research Centre", "Sheffield",
  ("end",),
  ("msg", "Hi Alex, following our chat at EMO: the paper on springback compensation in CNC rotary draw bending is now open access (link "
          "below). If your engineers want to try the algorithm on your controllers, we can share the code free of charge under our "
          "research licence."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Alessandra Mion", "Partner | Executive Search Industria & Family Business", "Milano",
  ("inm", "Amministratore Delegato – incarico riservato", "Buongiorno Alex, per un gruppo industriale familiare del bresciano (macchine "
          "per la lamiera, circa 180 milioni di fatturato) seguo la ricerca del nuovo Amministratore Delegato. Il suo profilo, con "
          "l'esperienza di export verso la Germania, è molto in linea. Sarebbe disponibile per una conversazione riservata?"))
P("stranger_inmail_recruiter", "de", "Carsten Ohlendorf", "Partner | Ohlendorf Executive Search – Industrie", "Frankfurt am Main",
  ("inm", "Geschäftsführung Italien – vertraulich", "Guten Tag, ein börsennotierter deutscher Maschinenbauer sucht für seine neue "
          "italienische Tochtergesellschaft in Verona eine Geschäftsführung (Vertrieb und Service, rund 40 Mitarbeitende). "
          "Zweisprachigkeit und Mittelstandserfahrung sind entscheidend. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "en", "Fiona Strachan", "Operating Partner | Calderstone Private Equity", "London",
  ("inm", "Non-executive role – Italian portfolio company", "Dear Alex, we recently took a majority stake in an Emilian packaging "
          "machinery company and are building an independent board. We are looking for a non-executive director who has taken a "
          "family-owned machine builder through export growth. Two board meetings a quarter, remunerated. Would you be open to a first call?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Valerio Brugnaro", "Factoring & Supply Chain Finance | Credito Lagunare", "Mestre",
  ("inm", "Liquidità per l'export", "Buongiorno Alex, per chi esporta in Germania con pagamenti a 90-120 giorni proponiamo lo "
          "smobilizzo pro soluto delle fatture estere in 48 ore. Posso mandarle una simulazione sui vostri volumi?"),
  ("inm", "Simulazione factoring", "Buongiorno, le riscrivo per la simulazione: mi bastano fatturato estero e tempi medi di incasso. "
          "Le condizioni promozionali valgono fino a fine trimestre."))
P("stranger_inmail_sales", "de", "Nadine Schirmer", "Warenkreditversicherung & Forderungsmanagement", "Hamburg",
  ("inm", "Forderungsausfälle in Deutschland", "Guten Tag, die Insolvenzen im deutschen Mittelstand steigen. Mit unserer "
          "Warenkreditversicherung sichern Sie Forderungen gegenüber deutschen Kunden bis zu 90 % ab. Wann passt Ihnen ein "
          "Gespräch von 20 Minuten?"))
P("stranger_inmail_sales", "en", "Kevin Brandt", "Co-founder | QuoteForge AI", "Berlin",
  ("inm", "Quotes in 4 minutes, not 4 days", "Hi Alex, machine builders on QuoteForge generate configured quotes for tube benders in "
          "minutes, straight from CAD. I'd love to show you how one of your German competitors uses it. Free for 14 days - shall I "
          "set up a trial?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Ivano Marcolin", "Titolare | Marcolin Oleodinamica · Comitato Export Confindustria", "Vicenza",
  ("inv", "Ciao Alex, nel comitato export stiamo organizzando una collettiva di aziende venete alla Tube di Düsseldorf, con il "
          "contributo regionale sullo stand. Se vi interessa vi tengo in lista, le spese vive le dividiamo tra noi."),
  ("msg", "Ti giro il regolamento del bando regionale per le fiere, scade il 30. Se ti serve una mano con la domanda chiamami pure, "
          "l'anno scorso l'abbiamo fatta in un pomeriggio."),
  ("msg", "Alex, a proposito: mio figlio ha aperto un'agenzia di marketing industriale, fanno video delle macchine e campagne per il "
          "mercato tedesco. Pacchetto fiera a 6.500 €. Gli dico di chiamarti?"))
P("good_turns_ugly", "de", "Tobias Reinhardt", "Inbetriebnahme & SPS | Reinhardt Fahrzeugtechnik", "Heilbronn",
  ("inv", "Hallo Alex, wir haben letzte Woche Ihre Maschine bei uns abgenommen, danke an Ihr Team für die Einweisung! Ich würde gern "
          "in Kontakt bleiben, falls Sie Rückmeldungen aus der Praxis brauchen."),
  ("msg", "Kurzes Feedback aus der Produktion: Beim Werkzeugwechsel am Biegekopf wäre eine Markierung der Nullposition hilfreich, wir "
          "haben das mit einem Aufkleber gelöst. Vielleicht etwas für die nächste Serie."),
  ("end",),
  ("msg", "Hab Sie gerade für {skill} bestätigt 🙂 Tun Sie mir den Gefallen und bestätigen mich auch für SPS-Programmierung und "
          "Inbetriebnahme? Ich bewerbe mich gerade intern."))
P("good_turns_ugly", "it", "Michela Zorzi", "Consulente Transizione 5.0 | Studio Zorzi & Partners", "Conegliano",
  ("inv", "Buongiorno Alex, giovedì teniamo un webinar gratuito di un'ora sulle novità di Transizione 5.0 per i costruttori di macchine: "
          "cosa cambia per chi vende e per chi compra. Se le interessa le mando il link."),
  ("msg", "Buongiorno Alex, come promesso al webinar le allego la checklist dei requisiti di interconnessione. La può girare anche ai "
          "suoi clienti, nessun problema."),
  ("msg", "Alex, le scrivo perché molte aziende dopo il webinar ci hanno chiesto la perizia asseverata: per voi sarebbe 3.800 € + IVA "
          "a macchina, consegna in 15 giorni. Posso confermarle il preventivo?"))
P("good_turns_ugly", "de", "Anja Weidlich", "Besucherprogramm & Delegationen | Blechexpo", "Stuttgart",
  ("inv", "Hallo Alex, ich koordiniere das Besucherprogramm der Blechexpo. Für Entscheider aus Italien haben wir kostenlose VIP-Tickets "
          "inkl. Lounge und Werksführung bei zwei Anwendern. Darf ich Ihnen zwei reservieren?"),
  ("msg", "Wie versprochen die Codes für Ihre beiden VIP-Tickets und das Programm der Werksführungen. Gute Anreise nach Stuttgart!"),
  ("msg", "Schön, dass Sie da waren! Für die nächste Ausgabe könnten wir Ihnen einen Platz im Italien-Pavillon anbieten, 18 m² ab "
          "9.900 €. Anmeldeschluss ist in drei Wochen, soll ich Sie vormerken?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Lukas Hamm", "Vertrieb | Konstruxa ERP für den Sondermaschinenbau", "Karlsruhe",
  ("inm", "ERP für Sondermaschinenbauer", "Guten Tag, unser ERP ist für Sondermaschinenbauer gemacht: Stücklisten, Service und "
          "Ersatzteile in einem System. In 30 Minuten zeige ich Ihnen, wie ein Kunde aus Bergamo damit die Durchlaufzeit halbiert hat."),
  ("inv", "Hallo Alex, wir veranstalten im Frühjahr in Verona einen Anwendertag zur Digitalisierung im Maschinenbau, mit Vorträgen von "
          "Kunden, kostenlos. Würde mich freuen, wenn wir vernetzt sind."))
P("reinvite_known_bad", "it", "Chiara Sartor", "Responsabile commerciale | Sartor Imballaggi Industriali", "Oderzo",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ci siamo visti alla cena degli auguri della Piccola Industria, al tavolo con i Dal Molin. Mi farebbe piacere restare in contatto!"))
P("reinvite_known_bad", "it", "Enrico Dalla Valle", "Gestore Corporate | Banca Pedemontana", "Castelfranco Veneto",
  ("inv", "Buongiorno Alex, sono il nuovo gestore corporate per la zona di Castelfranco. Vorrei presentarle le nostre linee di "
          "finanziamento per beni strumentali con garanzia SACE. Quando possiamo vederci?"),
  ("inv", "Buongiorno Alex, la banca organizza una serata con un economista sull'andamento dell'export verso la Germania, ingresso "
          "libero. Sarebbe un piacere averla tra noi."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Ottavio Bressan", "Business coach | Trovo agenti per il tuo export", "Rovigo",
  ("inv", "Ciao Alex, aiuto i costruttori di macchine a trovare agenti plurimandatari in Germania con un metodo in 90 giorni. Ti va "
          "una call conoscitiva?"),
  ("inm", "Nessuna risposta", "Alex, ti ho scritto con rispetto e mi hai ignorato. Complimenti per l'educazione. Poi non lamentatevi "
          "se i tedeschi vi trattano da fornitori di serie B."),
  ("inv", "Ciao Alex, ripartiamo da zero? Ho letto il tuo post sulla Tube, complimenti davvero. Mi farebbe piacere restare in contatto."))
P("reinvite_known_ugly", "de", "Gerhard Pfister", "Einkauf & Lieferantenentwicklung", "Regensburg",
  ("inm", "Anfrage Rohrbiegeteile", "Hallo Alex, ich bin im Einkauf eines Landmaschinenherstellers und suche einen italienischen "
          "Partner für Rohrbiegeteile. Wären Sie grundsätzlich offen für Lohnfertigung?"),
  ("inm", "Lieferantendatenbank", "Danke für Ihr Interesse. Ehrlich gesagt bin ich inzwischen selbständig und vermittle Lieferanten: "
          "Für die Aufnahme in meine Datenbank berechne ich einmalig 1.200 €, danach erhalten Sie alle passenden Anfragen."),
  ("inv", "Hallo Alex, ich würde Sie gern in mein Netzwerk aufnehmen. Viele Grüße aus Regensburg"))
P("reinvite_known_ugly", "en", "Tyler Brooks", "Sales Director EMEA | Automation Robotics", "Birmingham",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Seriously?", "Ignored twice. Noted. Some of us build relationships, others hide behind a screen. Your loss, Alex."),
  ("inv", "Hi Alex, fresh start? I've moved to a new company and would value being connected."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Daniele Carraro", "Area Manager Nordest | Componenti pneumatici", "Padova",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento! Visto che state rinnovando la gamma, ti propongo un incontro col nostro tecnico per "
          "valutare il passaggio alle nostre elettrovalvole. Ti preparo un'offerta con lo sconto primo ordine."))
P("user_invited_pitch_once", "de", "Heike Berger", "Vertriebsleiterin Italien | Linearführungen & Kugelgewindetriebe", "Schweinfurt",
  ("acc",),
  ("msg", "Vielen Dank für die Einladung, Alex! Wie am Stand besprochen würde ich Ihnen gern unsere neue Baureihe vorstellen und ein "
          "Musterset zu Neukundenkonditionen zuschicken. Passt Ihnen ein Termin in Castelfranco im März?"))
P("user_invited_pitch_once", "en", "Gareth Hughes", "Sales Lead | TechFile CE documentation software", "Cardiff",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As mentioned at the stand, our software automates CE technical files for machine builders. "
          "I'd like to run a 30-minute demo for your engineering manager, which week works?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Mirko Boscolo", "Relationship Manager Imprese | Banca Pedemontana", "Treviso",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Ti anticipo che per il nuovo capannone possiamo proporti un leasing immobiliare in costruendo "
          "a condizioni molto interessanti. Ci vediamo in filiale?"),
  ("msg", "Ciao Alex, due righe sul leasing: c'è anche la formula col maxicanone iniziale. Quando hai 20 minuti passo io da te."))
P("user_invited_pitch_twice", "de", "Sabine Krüger", "Business Development | Industrieversicherung", "Köln",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Italienische Hersteller unterschätzen oft die Produkthaftung in Deutschland. Wir haben eine "
          "Police speziell für Maschinenexporteure, darf ich Ihnen die Eckdaten schicken?"),
  ("msg", "Guten Tag Alex, ich melde mich noch einmal wegen der Produkthaftpflicht: Bis Monatsende gibt es 12 % Nachlass auf den "
          "ersten Jahresbeitrag. Kurzes Telefonat?"))
P("user_invited_pitch_twice", "en", "Nathan Cole", "Growth Partner | Reelworks B2B video", "Manchester",
  ("acc",),
  ("msg", "Cheers for the invite Alex, loved your stand! We make 60-second machine demo videos that turn trade-fair traffic into leads, "
          "packages from €2,400. Shall I send our reel?"),
  ("msg", "Hi Alex, bumping this: we've got a crew in northern Italy in two weeks, so we could shoot at your plant with no travel fee. "
          "Interested?"))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Gabriella Zen", "Export Manager | Zen Valvole", "Vicenza",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Come ti dicevo ad Hannover, ti passo il contatto dell'avvocato di Monaco che ci ha seguito "
          "nel contratto con l'agente: bravo e onesto, digli pure che ti mando io. Se ti serve anche il nostro modello di contratto, te lo giro."))
P("user_invited_value", "de", "Wolfgang Stadler", "Einkaufsleiter | Stadler Fördertechnik GmbH", "Passau",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung. Wie besprochen planen wir für Q3 zwei Biegezellen für unser Werk in Passau. Können Sie "
          "uns bis Ende Mai ein Angebot inklusive Automatisierung schicken? Die Spezifikation sende ich Ihnen per Mail."))
P("user_invited_value", "en", "Rachel Osei", "Trade Adviser, Advanced Manufacturing | British Consulate-General Milan", "Milano",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As promised, here's our list of UK distributors of tube processing equipment and the dates of "
          "our free market-entry webinar. Happy to set up introductions if any of them look promising."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Renato Pavan", "Direttore tecnico | Pavan Automazioni", "Camposampiero", ("acc",))
P("acceptance_only", "de", "Ingrid Hofbauer", "Geschäftsführerin | Hofbauer Metallbau GmbH", "Linz", ("acc",))
P("lone_endorsement", "it", "Giulia Basso", "Responsabile qualità | Zanin Macchine", "Castelfranco Veneto", ("end",))
P("lone_endorsement", "de", "Peter Lindner", "Servicetechniker | Zanin Macchine Service Deutschland", "Ulm", ("end",))


# layout era per person: "2016" only where nothing in the story belongs to the 2020s; everyone else current
OLD = {"Franziska Lorenz", "Andrea Scquizzato", "Dieter Brandl", "Stefan Wolters", "Gianni Bergamin", "Roberta Marcon", "Heike Berger",
       "Renato Pavan", "Peter Lindner", "Luisa Bonaldo", "Markus Eberle", "Chiara Sartor"}
ERAS: dict[str, str] = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}
assert OLD <= set(ERAS), OLD - set(ERAS)

# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Confindustria Veneto Est", "comunicazione@confindustria-ve-est.example.it", "Newsletter Internazionalizzazione – marzo",
     "Gentili associati,\n\nin questo numero: il calendario delle collettive in Germania, il nuovo bando regionale fiere e il "
     "seminario sui dazi. Seguiteci anche sulla nostra pagina LinkedIn per gli aggiornamenti.\n\nArea Internazionalizzazione", "it"),
    ("Messe Düsseldorf – Tube", "aussteller@tube-messe.example.de", "Ihre Ausstellerunterlagen Tube 2026",
     "Sehr geehrte Aussteller,\n\nanbei finden Sie die technischen Richtlinien und die Fristen für den Standaufbau. Teilen Sie Ihre "
     "Teilnahme gern mit dem Hashtag #tube2026 auf LinkedIn.\n\nIhr Tube-Team", "de"),
    ("Marta Zanin", "marta.zanin@zaninmacchine.example.it", "Post LinkedIn per la Tube",
     "Ciao Alex,\n\nti allego la bozza del post per la pagina LinkedIn dell'azienda con le foto della nuova piegatubi elettrica. "
     "Me lo approvi entro domani? Poi lo traduco in tedesco.\n\nMarta", "it"),
    ("Jürgen Faßbender", "j.fassbender@fassbender-rohr.example.de", "Kontakt Chemnitz",
     "Hallo Alex,\n\nwie auf LinkedIn angekündigt: Ralf Köpke aus unserem Werk Chemnitz ruft Sie am Dienstag an. Seine Durchwahl "
     "steht unten.\n\nViele Grüße\nJürgen Faßbender", "de"),
    ("FinAgevolata Group", "info@finagevolata.example.it", "Transizione 5.0: ultime settimane per prenotare il credito",
     "Gentile imprenditore,\n\nabbiamo trovato il suo profilo su LinkedIn e crediamo che la sua azienda possa accedere al credito "
     "d'imposta Transizione 5.0. Prenoti ora una consulenza gratuita di 30 minuti.\n\nIl team FinAgevolata", "it"),
    ("Banca Pedemontana", "imprese@bancapedemontana.example.it", "Comunicazione periodica – rapporto 00471",
     "Gentile Cliente,\n\nè disponibile nella sua area riservata la comunicazione periodica. Ricordiamo che la banca non chiede mai "
     "credenziali via email, SMS o messaggi LinkedIn.\n\nServizio Clienti Imprese", "it"),
    ("Nicola Zanella", "nicola@zanella-carpenterie.example.it", "Fwd: Voglio collegarmi",
     "Alex, te go mandà anche la richiesta su LinkedIn ma no so se la vedi, te la giro qua.\n\n---------- Messaggio inoltrato ----------\n"
     "Da: Nicola Zanella via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nCiao Alex, gavemo i capannoni quasi tacà ...", "it"),
    ("XING", "mailrobot@mail.xing.example.com", "Neue Kontaktanfrage von Holger Straub",
     "Hallo Alex Morgan,\n\nHolger Straub möchte sich mit Ihnen auf XING vernetzen. Tipp: Verknüpfen Sie Ihr XING-Profil auch mit "
     "LinkedIn, um Ihr Netzwerk zu erweitern.\n\nIhr XING-Team", "de"),
    ("David Kerr", "david@kerr-agency.example.co.uk", "Midlands enquiries - as mentioned on LinkedIn",
     "Hi Alex,\n\nas mentioned in my LinkedIn note, here are the two enquiries from the Midlands with tube sizes and volumes. No "
     "obligation at all; let me know if they fit your range.\n\nBest,\nDavid", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot eightieth development corpus (dev80). Generated by scripts/make_corpus_dev80.py (seed {SEED}); do not edit by hand.",
          "# Alex as managing director of a family-owned machine builder in the Veneto exporting to Germany: component suppliers, "
          "distributors and agents, trade-fair organisers, subsidy consultants, banks, peers from the industrial association, German "
          "customers; formal and Venetian Italian, German, English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev80", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
