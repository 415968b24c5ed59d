#!/usr/bin/env python3
"""Write mailbot's sixty-sixth, independent development corpus: tests/corpus/dev66/*.eml + expected.toml.

The angle: the user Alex is an event and sports-marketing manager based in Italy (city runs,
a granfondo, a padel open in a piazza, an outdoor festival with a sponsor village). Their
LinkedIn world: brands that want to sponsor an event (buyers, so good) against sponsorship
brokers who sell their matchmaking for a fee; venues; ticketing, timing, crowd-analytics and
event-app vendors; photographers, drone pilots and video crews selling packages; athletes'
agents selling appearances; volunteers and volunteer groups offering help; peer event
managers with real questions and shared templates; journalists (real ones, and a paid
"advertorial" dressed up as an interview); influencers who want free VIP passes; award
schemes with an entry fee; stewarding, catering, signage, merchandise and insurance
sellers; recruiters from clubs and agencies. Writers are Italian (northern and southern,
formal Lei and casual tu, regional turns) and English (native and not).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The recipient's headline, the endorsement skills, the job-alert
titles, a few LinkedIn News / group / newsletter subjects, the headlines of spoof-only names
and PYMK suggestions, the pitches that spoofs carry, and the languages of spoof and other
LinkedIn mail (Italian and English) are swapped in this process only (make_corpus.py itself
is not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev66.py              # writes tests/corpus/dev66
    python scripts/make_corpus_dev66.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260966

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ event & sports-marketing world (this process only)
RHEADLINE = {
    "en": "Event & Sponsorship Manager at Example Industries",
    "it": "Event & Sponsorship Manager presso Example Industries",
    "de": "Event- & Sponsoring-Manager bei Example Industries",
    "fr": "Responsable événements et sponsoring chez Example Industries",
    "es": "Responsable de eventos y patrocinios en Example Industries",
}
SKILLS = {
    "en": ["Event Management", "Sponsorship", "Sports Marketing", "Event Planning", "Brand Activation", "Stakeholder Management"],
    "it": ["Gestione eventi", "Sponsorizzazioni", "Marketing sportivo", "Organizzazione di eventi", "Relazioni con i partner"],
    "de": ["Eventmanagement", "Sponsoring", "Sportmarketing", "Veranstaltungsplanung"],
    "fr": ["Gestion d'événements", "Sponsoring", "Marketing sportif", "Organisation d'événements"],
    "es": ["Gestión de eventos", "Patrocinio", "Marketing deportivo", "Organización de eventos"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
# spoofs and other LinkedIn mail in the two languages of this inbox (the index is taken modulo 5)
mc.LANGS[:] = ["it", "en", "it", "en", "it"]
mc.JOBS[:] = [("Event Manager – eventi sportivi", "Lario Sport Events"), ("Sponsorship & Partnership Manager", "Pallacanestro Brianza"),
              ("Head of Matchday Experience", "FC Lario"), ("Event Producer – Sport", "FuoriOnda Eventi"),
              ("Brand Activation Manager Italy", "Alpenquell")]
mc.COMPANIES["good"] = ["FC Lario", "Lario Sport Events", "Bergamo Fiere", "Alpenquell", "Comitato Regionale Atletica", "Eco di Lombardia"]
mc.COMPANIES["sales"] = ["TixNow", "EventoSmart", "Crowdly", "StagePro Rental", "MedalFactory", "SponsorBridge", "FotoGara"]
mc.HEADLINES["good"] = ["Event Manager presso {co}", "Head of Partnerships | {co}", "Race Director at {co}", "Responsabile marketing sportivo | {co}",
                        "Sports journalist | {co}"]
mc.HEADLINES["sales"] = ["Sales Manager Italia | {co}", "Business Development @ {co}", "Account Executive at {co}", "Founder & CEO | {co}",
                         "Partnership Manager – eventi | {co}"]
mc.OTHER["it"].update(
    job=("{n} nuove offerte per «event manager»", "Il tuo avviso di lavoro per event manager a {city}", "Visualizza offerta"),
    news=("Lo sport dal vivo batte lo streaming?", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in Event Manager Italia", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    newsletter=("Dietro le transenne: quanto costa davvero un villaggio gara", "Nuova edizione di una newsletter a cui sei iscritto"))
mc.OTHER["en"].update(
    job=("{n} new jobs for \"sponsorship manager\"", "Your job alert for sponsorship manager in {city}", "View job"),
    news=("Are brands pulling back from grassroots sport?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Sports Sponsorship Professionals", "Here are the top conversations in your group this week"),
    newsletter=("The Sponsorship Memo: renewals in a tight market", "New edition of a newsletter you subscribed to"))
SPOOF_PITCH = {
    "it": ["Ciao {first}, l'accredito per il tuo staff risulta incompleto. Accedi con le credenziali LinkedIn per confermare i nominativi entro oggi.",
           "Buongiorno {first}, le ho condiviso il contratto di sponsorizzazione firmato. Per aprirlo effettui l'accesso dal link protetto."],
    "en": ["Hi {first}, the sponsorship agreement is ready for your signature. Log in with LinkedIn to open the secure document.",
           "Dear {first}, your event has been selected for a brand partnership grant. Verify your account to release the funds."],
    "de": ["Hallo {first}, der Sponsoringvertrag liegt zur Unterschrift bereit. Bitte melden Sie sich über den sicheren Link an.",
           "Guten Tag {first}, Ihre Akkreditierung ist unvollständig. Bitte bestätigen Sie Ihre Daten hier."],
    "fr": ["Bonjour {first}, le contrat de sponsoring est prêt à signer. Connectez-vous via le lien sécurisé pour l'ouvrir.",
           "Bonjour {first}, votre accréditation est incomplète. Merci de confirmer vos informations ici."],
    "es": ["Hola {first}, el contrato de patrocinio está listo para firmar. Inicia sesión en el enlace seguro para abrirlo.",
           "Hola {first}, tu acreditación está incompleta. Confirma tus datos aquí."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Chiara Bonfanti", "Event Manager | Bergamo Fiere", "Bergamo",
  ("inv", "Ciao Alex! Anch'io organizzo corse, in bergamasca. Per la vostra mezza in centro come avete gestito la Commissione di vigilanza? "
          "A ottobre facciamo la prima edizione e siamo un po' nel pallone, un tuo consiglio mi salverebbe 🙏"),
  ("rem",))
P("good_invitation", "en", "Tom Ashcroft", "Reporter, Sport Business Review", "London",
  ("inv", "Hi Alex, I'm writing a piece on how mid-sized Italian endurance events keep sponsors on board when budgets shrink. Your name came up "
          "twice when I asked around in Milan. Twenty minutes next week? Happy to keep anything off the record."))
P("good_invitation", "it", "Marina Locatelli", "Coordinatrice Master in Sport Business Management", "Milano",
  ("inv", "Gentile Alex, coordino un master in sport business. Vorrei invitarla a tenere una testimonianza di due ore ai nostri studenti sulle "
          "sponsorizzazioni, a febbraio: è previsto un rimborso spese. Sarebbe disponibile? Cordiali saluti, M. Locatelli"),
  ("rem",))
P("good_invitation", "it", "Gennaro Iovine", "Presidente ASD Vesuvio Runners", "Portici",
  ("inv", "Uè Alex buongiorno! Siamo un gruppo podistico di Portici, una trentina di soci. A maggio vorremmo darvi una mano come volontari "
          "ai ristori della mezza, gratis eh, per noi è una festa. A chi dobbiamo scrivere?"))
P("good_invitation", "it", "Sandra Kovač", "Head of Brand Partnerships | Alpenquell Mineral Water", "Bolzano",
  ("inv", "Hi Alex, we're shaping our 2026 sports partnerships in Northern Italy and your trail series keeps coming up. We'd like to understand "
          "your audience and what a title partnership could look like. Could our brand team meet you?"),
  nl="en")
P("good_invitation", "en", "Davide Marchesi", "Coordinatore formazione | Associazione Professionisti Eventi", "Verona",
  ("inv", "Buongiorno Alex, il 12 novembre a Verona facciamo un pomeriggio di formazione gratuito sulla safety per manifestazioni pubbliche, "
          "con un funzionario dei Vigili del Fuoco. Vale 4 crediti di aggiornamento. Ti tengo un posto?"),
  ("rem",), nl="it")


# =============================================================== default_invitation
P("default_invitation", "it", "Salvatore Capuano", "Noleggio attrezzature per eventi", "Caserta", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Mark Dillon", "Founder | Events | Hospitality | Growth", "Dubai", ("inv", NONOTE))
P("default_invitation", "it", "Elena Zampieri", "Hostess e promoter | Fiere ed eventi", "Padova", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Roberto Ghezzi", "Sales Manager Italia | TixNow", "Milano",
  ("inv", "Buongiorno Alex, vedo che gestisci eventi con migliaia di iscritti. TixNow fa biglietteria e iscrizioni online con commissioni "
          "a carico di chi compra: per voi costo zero. Ti mostro la piattaforma in 20 minuti giovedì?"))
P("sales_invitation", "it", "Fabio Granata", "Fotografo sportivo | Reportage eventi e corporate", "Brescia",
  ("inv", "Ciao Alex, sono fotografo e seguo gare di corsa e ciclismo da dieci anni. Per gli organizzatori ho pacchetti con consegna foto "
          "in 24h e galleria per gli atleti, da 890 € a giornata. Ti giro il listino?"),
  ("rem",))
P("sales_invitation", "it", "Gianluca Vitiello", "Drone Sud Film | Riprese aeree e aftermovie", "Salerno",
  ("inv", "Ciao Alex!! Noi di Drone Sud Film facciamo aftermovie e riprese col drone per eventi sportivi, abbiamo lavorato pure in Cilento. "
          "Per la tua prossima gara ti faccio un preventivo su misura, ti lascio il WhatsApp? 📹"))
P("sales_invitation", "en", "Oliver Brandt", "Partner | SponsorBridge – we connect brands and events", "Zürich",
  ("inv", "Hi Alex, SponsorBridge places brand budgets with sports events across the Alps. We work on a success fee (15% of the closed deal) "
          "and have three beverage brands looking right now. Open to a quick call to see if your events fit?"))
P("sales_invitation", "it", "Bianca Moretti", "Fitness creator | 84k | Milano runners", "Milano",
  ("inv", "Hey Alex! Fitness creator here, 84k on IG, mostly Milan runners. I'd love 2 VIP passes for the festival + paddock access and I'll "
          "do stories on the day. Full reel + TikTok is 1.200 €, media kit on request 💕"),
  nl="en")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Marco Tentori", "Founder | Eventi Nord Network", "Como",
  ("inv", "Ciao Alex, sto mettendo insieme una community di chi organizza eventi in Lombardia: un aperitivo al mese, fornitori fidati, "
          "zero vendite. Mi piacerebbe averti con noi, il prossimo è giovedì 6 a Como."),
  ("msg", "Grazie per esserti unito! Ti anticipo una cosa: con alcuni membri stiamo testando EventoSmart, la nostra app per accrediti e check-in. "
          "Per chi è nella community il primo evento costa 490 € invece di 900. Ti faccio vedere come funziona in videochiamata?", (4, 12)),
  ("msg", "Alex, restano due posti a prezzo community per la stagione primaverile. Ti blocco mercoledì alle 11 per la demo?", (6, 15)))
P("bait_and_switch_invitation", "en", "Ryan Whitaker", "Padel tour organiser | Events", "Marbella",
  ("inv", "Hi Alex, I'm setting up an amateur padel tour across Spain and Italy and saw you ran the open in the piazza. How did you sort out "
          "insurance for the players? Would really appreciate a pointer."),
  ("msg", "Thanks for accepting! Full disclosure, I'm also a broker with EventShield: public liability and cancellation cover for organisers "
          "from €650 a year. I can quote your next three events this week. Shall I send over the form?"))
P("bait_and_switch_invitation", "it", "Silvia Brambati", "Sponsorship valuation | Autrice", "Torino",
  ("inv", "Buongiorno Alex, ho scritto una guida gratuita di 40 pagine su come dare un valore economico ai pacchetti sponsor degli eventi "
          "sportivi. La sto facendo leggere ad alcuni organizzatori per avere un parere sincero. Posso mandartela?"),
  ("msg", "Ecco la guida, spero ti sia utile! Se vuoi fare il passo successivo, faccio un audit completo del tuo inventario sponsor con la stima "
          "del valore di ogni asset: 2.500 € + IVA, consegna in tre settimane. Quando possiamo sentirci per impostarlo?", (3, 10)))
P("bait_and_switch_invitation", "it", "Nicola Fadda", "Runner | Volontario eventi sportivi", "Cagliari",
  ("inv", "Ciao Alex, vivo a Cagliari ma in primavera sono a Milano per lavoro: se vi servono volontari per la Mezza dei Due Laghi io ci sono, "
          "ho già fatto i ristori a due maratone. Ajò!"),
  ("msg", "Grazie dell'aggiunta! Intanto ti dico che con mio fratello abbiamo una ditta di cronometraggio con chip: per gare fino a 3.000 "
          "atleti chiediamo 2,10 € a pettorale, classifiche live comprese. Ti preparo un'offerta?"),
  ("msg", "Allora, l'offerta è pronta, te la giro? Se firmi entro fine mese il noleggio dei tappeti te lo togliamo.", (5, 14)))
P("bait_and_switch_invitation", "en", "Hamish Grant", "Head of Research | Stadia Insights", "Glasgow",
  ("inv", "Alex, we're compiling a free benchmark of how lower-league clubs and events in Southern Europe price perimeter sponsorship. "
          "Everyone who takes part gets the full report. Could I include your view in a short survey?"),
  ("msg", "Many thanks for your answers, the report lands in June. Meanwhile, we also install LED perimeter boards on a lease or revenue-share "
          "basis, from €1,900 a month. Worth 15 minutes with our sales lead?", (6, 20)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Paola Cerutti", "Segreteria organizzativa | Italian Event Awards", "Roma",
  ("inm", "Il tuo evento è in shortlist", "Gentile Alex, la giuria tecnica ha selezionato il Festival Sport & Outdoor tra i finalisti della "
          "categoria Best Sport Event. Complimenti a lei e al suo staff! A breve riceverà i dettagli della serata di premiazione."),
  ("inm", "Premiazione: conferma partecipazione", "Gentile Alex, per confermare la candidatura in finale è richiesta la quota di iscrizione "
          "di 690 € + IVA, che comprende un posto al gala. I tavoli aziendali da dieci persone sono a 3.200 €. Attendiamo conferma entro venerdì.", (3, 9)))
P("bait_and_switch_inmail", "it", "Lorenzo Aiello", "Giornalista | Direttore di SportBusiness Magazine", "Palermo",
  ("inm", "Intervista per il numero di marzo", "Salve Alex, sto preparando uno speciale sugli eventi sportivi che fanno crescere il territorio "
          "e mi piacerebbe intervistarla. Una decina di domande via mail, le va?"),
  ("inm", "Re: Intervista", "Grazie per la disponibilità! Le spiego il formato: l'intervista esce come contenuto redazionale su due pagine, più "
          "un banner sul sito per un mese. Il contributo richiesto è di 1.800 € + IVA. Le invio il modulo d'ordine?"))
P("bait_and_switch_inmail", "en", "Jason Okoro", "Athlete Manager | Peak Performance Management", "London",
  ("inm", "Free appearance for your charity run", "Hi Alex, one of my athletes, an Olympic 1500m finalist, wants to support a charity event in "
          "Italy this autumn and yours looks like a great fit. No appearance fee, she just wants to give back. Interested?"),
  ("inm", "Next steps", "Brilliant! So the appearance itself is free of charge. We'd just need business-class travel for two, a five-star hotel, "
          "and a €7,500 image-rights package so your sponsors can use her. I'll send the term sheet today."),
  ("inm", "Term sheet", "Hi Alex, attaching the term sheet again. We have another event asking for the same weekend, so I need a yes by Monday."))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Valeria Scotti", "Wedding & Event Planner | Lago di Garda", "Desenzano del Garda",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill} e un altro paio di cose, te le meriti tutte 😊 Se hai un secondo mi confermeresti Wedding "
          "planning e Gestione fornitori? Sto sistemando il profilo per le nuove collaborazioni. Grazie mille!!"))
P("endorse_me_back", "en", "Matt Rivers", "DJ & MC for sport events | Host", "Rimini",
  ("end",),
  ("msg", "yo Alex, endorsed u for {skill} 🎧 return the favour? Event Hosting + Public Speaking would be sick. cheers"))
P("endorse_me_back", "it", "Rosaria Amato", "Titolare | Agenzia hostess e steward", "Bari",
  ("end",), ("end",),
  ("msg", "Buonasera Alex, le ho confermato volentieri la competenza in {skill}. Se non le è di disturbo, le chiederei di ricambiare con "
          "Gestione del personale e Accoglienza: partecipiamo a una gara d'appalto e un profilo completo ci aiuta. La ringrazio fin d'ora."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Kiara Lombardo", "Lifestyle creator | 120k | Collabs in DM", "Milano",
  ("inv", "Hi Alex!! Would love to come to your padel event with my boyfriend, could you sort us 2 VIP passes? I'll tag the event for sure 😘"),
  ("rem",),
  ("inm", "??", "Wow, not even a reply? I offered you free exposure to 120k people and you ghost me. Honestly so unprofessional, no wonder your "
          "event page looks dead. My followers will hear how you treat creators."),
  nl="en")
P("hostility_after_decline", "it", "Alberto Cappellin", "Fotografo | Eventi e sport", "Treviso",
  ("inv", "Ciao Alex, sono fotografo a Treviso, ti lascio il contatto se servono scatti per le prossime gare."),
  ("inm", "Nessuna risposta", "Ciao. Vedo che l'invito è ancora lì. Capisco tutto, ma due righe per dire no grazie non costano niente. "
          "Dopo quindici anni nel settore mi aspetterei un minimo di rispetto da chi organizza eventi. Buon lavoro, comunque."))
P("hostility_after_decline", "it", "Vincenzo Merola", "Intermediario sponsorizzazioni | Sport & Brand Consulting", "Salerno",
  ("inv", "Gentile dott. Morgan, mi occupo di intermediazione tra aziende del Mezzogiorno ed eventi sportivi. Avrei piacere di presentarLe "
          "alcune opportunità."),
  ("rem",),
  ("inm", "Cortesia", "Egregio dott. Morgan, prendo atto che non ha ritenuto di rispondere né all'invito né al promemoria. Mi permetto di "
          "ricordarLe che nel nostro ambiente la reputazione si costruisce anche con la buona educazione. Evidentemente a Milano certe regole "
          "non valgono più. Distinti saluti."))
P("hostility_after_decline", "en", "Brad Kessler", "Sports Marketing Executive", "Chicago",
  ("inv", DEFAULT),
  ("inm", "Seriously?", "Sent you a connection request two weeks ago. Nothing. You event people love to network on stage but can't click "
          "one button. Arrogant. Good luck with your little races."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Stefano Rigamonti", "Key Account | TicketWave Italia", "Monza",
  ("msg", "Ciao Alex, stagione nuova, biglietteria nuova? Con TicketWave i rimborsi li gestiamo noi e la commissione è al 4,5%. "
          "Ti mando un'offerta per la mezza?"),
  ("msg", "Alex, ti avevo scritto a settembre, hai avuto modo di guardare? Il prezzo te lo tengo bloccato fino al 30."),
  ("msg", "Ok, ho capito l'antifona. Sai, è proprio per gente come te che questo settore non cresce: tutti chiusi nel proprio orticello. "
          "Complimenti, davvero."))
P("hostility_connection", "en", "Pieter van Dijk", "Sales Director | StagePro Rental", "Rotterdam",
  ("acc",),
  ("msg", "Thanks for connecting after ISE, Alex! As promised: our modular stage and truss kit for outdoor finishes, three days including crew, "
          "€14,800. Want me to hold the dates for your September festival?"),
  ("msg", "No answer after three follow-ups? We flew someone to Barcelona to meet you. That's plain bad manners, and frankly amateurish "
          "for someone who calls themselves a manager.", (12, 30)))
P("hostility_connection", "it", "Pasquale Russo", "Videomaker | Eventi sportivi e corporate", "Napoli",
  ("msg", "Alex buongiorno, per il festival ti propongo il pacchetto video completo: tre operatori, drone e aftermovie in 48 ore, 3.900 €. "
          "Fammi sapere tu."),
  ("msg", "Va bene, ho saputo che hai preso quelli che costano la metà. Poi quando il video sembra girato col telefonino non venire a piangere "
          "da me. Auguri, ne avrai bisogno."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Manuela Fogliato", "Group Sales Manager | Hotel Lago Maggiore Resort", "Stresa",
  ("msg", "Buongiorno Alex, per squadre e staff delle vostre gare abbiamo tariffe gruppo dedicate, colazione dalle 5:30. Posso inviarti "
          "una proposta per giugno?"),
  ("msg", "Ciao Alex, ti segnalo che abbiamo liberato 40 camere per il weekend della granfondo a 89 € a notte. Te le blocco?"),
  ("msg", "Ultime 12 camere, poi vanno in vendita libera. Fammi sapere entro venerdì!", (3, 8)))
P("connection_only_pitches", "it", "Daniele Brusa", "MedalFactory | Medaglie e gadget personalizzati", "Vicenza",
  ("msg", "Ciao Alex! Abbiamo appena fatto le medaglie per tre maratone venete, ti mando qualche foto? Per la vostra mezza si parte "
          "da 2,40 € al pezzo, zama con nastro sublimato."),
  ("msg", "Alex, i tempi di produzione per la primavera si allungano: se ordini entro il 15 ti garantisco la consegna e un 5% di sconto."))
P("connection_only_pitches", "en", "Priyanka Rao", "Account Executive | Crowdly Event App", "Dublin",
  ("msg", "Hey Alex, quick one: Crowdly turns your race-day info into a branded app with live tracking and sponsor slots. Most organisers "
          "cover the cost with a single sponsor. Fancy a 20-minute demo?"),
  ("msg", "Following up: we've just launched a sponsor activation module (push offers by km marker). Happy to spin up a sandbox for your "
          "next event, just say the word."))
P("connection_only_pitches", "it", "Carmine De Rosa", "Direttore commerciale | SecurEventi Servizi di sicurezza", "Caserta",
  ("msg", "Gentile Alex, la nostra società fornisce steward certificati e addetti antincendio per manifestazioni fino a 20.000 persone. "
          "Gradirebbe ricevere il listino per la stagione?"),
  ("msg", "Buongiorno, le rinnovo la nostra disponibilità: per i clienti del Nord il trasferimento delle squadre è gratuito. "
          "Possiamo fissare un incontro?"))


# =============================================================== single_pitch
P("single_pitch", "it", "Irene Battistella", "Catering per eventi | Food truck", "Verona",
  ("msg", "Ciao Alex! Abbiamo quattro food truck e un servizio catering per i villaggi gara: pasta party, ristori e area hospitality per "
          "gli sponsor. Se ti serve un preventivo per il festival te lo preparo volentieri."))
P("single_pitch", "en", "Karl Huber", "LED screen rental | Business Development", "Innsbruck",
  ("msg", "Hi Alex, we rent mobile LED walls up to 40 m² with operator for finish areas and fan zones, and we're in Lombardy a lot in "
          "spring. Can I send you our rates for the season?"))
P("single_pitch", "it", "Matteo Ferrante", "Agente vendita sponsorizzazioni | Solo a provvigione", "Bologna",
  ("msg", "Alex ciao, ti propongo una cosa semplice: i pacchetti sponsor dei tuoi eventi li vendo io e tu mi riconosci il 20% di quanto "
          "incassato. Nessun fisso. Ne parliamo davanti a un caffè?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Francesca Mazzoleni", "Race Director | Orobie Trail", "Clusone",
  ("msg", "Alex ciao, ti giro il piano di emergenza sanitaria che ci hanno approvato quest'anno: dentro trovi i contatti della centrale "
          "del 118 e il numero di ambulanze per fascia di partecipanti. Usalo pure come base per la tua, io ci ho perso due mesi!"),
  ("msg", "Ah, e se cerchi un service audio serio chiedi di Walter della Fonica, ci ha salvato la partenza quando è saltato il generatore."))
P("connection_brings_value", "it", "Antonio Scognamiglio", "Coordinatore volontari | Protezione Civile (ODV)", "Napoli",
  ("end",),
  ("msg", "Alex buonasera, come promesso ho parlato con il direttivo: per la mezza di maggio vi mettiamo a disposizione 25 volontari con "
          "radio e un mezzo per le emergenze, senza costi, vi chiediamo solo i pasti. Mi mandi la planimetria del percorso?"))
P("connection_brings_value", "en", "Claire Dubois", "Event Director | Lyon Urban Trail", "Lyon",
  ("msg", "Hi Alex, following our chat in Milan: here's the link to our sponsor deck template and the post-event report we send partners. "
          "Steal whatever you like. Also, the organisers' conference in Barcelona is free for race directors this year, see you there?"))
P("connection_brings_value", "it", "Giorgio Landi", "Redattore sport | Eco di Lombardia", "Lecco",
  ("msg", "Ciao Alex, domenica facciamo una pagina sulle corse che portano turismo in provincia. Mi dai due dati sugli iscritti da fuori "
          "regione e una frase tua? Mi basta entro venerdì sera, ovviamente citiamo l'evento."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Laura Fumagalli", "HR Business Partner | FC Lario", "Como",
  ("inm", "Head of Events & Matchday – FC Lario", "Buongiorno Alex, cerchiamo un Head of Events & Matchday Experience per lo stadio: riporto "
          "al direttore commerciale, tempo indeterminato, sede a Como. Il tuo percorso tra eventi e sponsor è esattamente quello che cerchiamo. "
          "Ci sentiamo in via riservata questa settimana?"))
P("stranger_inmail_recruiter", "en", "Hannah Lowe", "Senior Consultant, Sport & Events | Blue Harbour Search", "London",
  ("inm", "Sponsorship Director – winter sports", "Hi Alex, I'm retained by an international winter-sports body to find a Sponsorship "
          "Director based in Milan, leading partner relations ahead of the next World Cup season. The package is competitive, with regular "
          "travel across the Alps. Would you be open to an exploratory call?"))
P("stranger_inmail_recruiter", "it", "Rocco Giannini", "Founder | FuoriOnda Eventi", "Roma",
  ("inm", "Senior project manager eventi sportivi", "Ciao Alex, ho un'agenzia di eventi a Roma e assumo un Senior Project Manager per eventi "
          "sportivi e corporate: full time, RAL 45-55k, smart working un giorno a settimana. Sono io il datore di lavoro, non un head hunter. "
          "Daje, se ti incuriosisce ne parliamo."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Nathan Cole", "Enterprise AE | CrowdPulse", "Austin",
  ("inm", "Crowd flow heatmaps for your festival", "Hi Alex, CrowdPulse uses your existing CCTV to map crowd density in real time, already "
          "live at two Premier League grounds. I'd love to show you how it could work at your fan zone. 15 min next Tuesday?"))
P("stranger_inmail_sales", "it", "Edoardo Bellini", "Procuratore sportivo | Atleti di endurance", "Firenze",
  ("inm", "Testimonial per la vostra gara", "Buongiorno Alex, rappresento un campione italiano di maratona disponibile come testimonial per la "
          "prossima edizione: partenza, premiazione e contenuti social. Cachet 6.000 € più spese, diritti d'immagine per gli sponsor da "
          "concordare. Le mando la scheda?"),
  ("inm", "Re: Testimonial", "Le riscrivo perché ci è arrivata un'altra richiesta per la stessa data: mi conferma l'interesse entro lunedì?"))
P("stranger_inmail_sales", "en", "Wendy Marsh", "Editorial Team | Top 100 Event Leaders Europe", "London",
  ("inm", "Feature in Top 100 Event Leaders 2026", "Hi Alex, we're putting together the 2026 edition of Top 100 Event Leaders Europe, the "
          "directory read by 30k brand managers. A verified profile page with photo and case study is €950, with 20% off until Friday. "
          "Shall I reserve your spot?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Walter Brioschi", "Direttore | Spazio Ex Dogana Eventi", "Milano",
  ("inv", "Ciao Alex, gestisco uno spazio eventi a Lambrate e ho raccolto in un file le schede tecniche di una ventina di location "
          "milanesi (portate, corrente, accesso mezzi). Te lo giro volentieri se ti serve."),
  ("msg", "Eccolo! C'è anche una colonna con i referenti giusti in Comune per l'occupazione di suolo pubblico. Dimmi se manca qualcosa."),
  ("msg", "Alex, ti scrivo per una cosa diversa: per l'autunno abbiamo ancora date libere all'Ex Dogana e per il tuo evento sponsor ti "
          "faccio il 15% sul listino se blocchi entro il mese. Ti mando il preventivo?", (15, 40)))
P("good_turns_ugly", "en", "Sophie Carrington", "Volunteer Programme Lead | Charity Sports Events", "Bristol",
  ("inv", "Hi Alex, I coordinate volunteers for charity runs in the UK and we're bringing 30 of them to your lakeside half as a trip. "
          "Happy to put them to work on the water stations, free of course. Shall I link you with our team leader?"),
  ("msg", "Great to chat! Here's our volunteer briefing pack and the rota template we use, adapt them however you like."),
  ("end",),
  ("msg", "Hey Alex, I've popped an endorsement on your profile for {skill}. Would you mind endorsing me for Volunteer Management and "
          "Event Operations? I'm going for a new role and it genuinely helps."))
P("good_turns_ugly", "it", "Ilaria Castelnuovo", "Consulente accessibilità eventi", "Genova",
  ("inv", "Buongiorno Alex, con due associazioni ho scritto una checklist gratuita sull'accessibilità negli eventi sportivi (disabilità "
          "motorie e sensoriali). Se ti interessa te la mando, mi servirebbe il parere di chi organizza."),
  ("msg", "Ecco la checklist in PDF, usala pure liberamente. Se trovi errori o cose poco chiare dimmelo!"),
  ("msg", "Ciao Alex, visto che la checklist ti è piaciuta: seguo anche la certificazione di accessibilità degli eventi, sopralluogo più "
          "report a 1.800 €. Fissiamo una chiamata per la tua mezza?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Simone Colombo", "Business Developer | Biglietto Facile", "Monza",
  ("inm", "Biglietteria per il festival", "Ciao Alex, ti scrivo da Biglietto Facile: iscrizioni e biglietti con commissione al 3%, app per il "
          "check-in inclusa. Ti faccio vedere come funziona in 15 minuti?"),
  ("inv", "Ciao Alex, ci siamo incrociati al TTG di Rimini, bello il tuo intervento sul turismo sportivo! Restiamo in contatto."))
P("reinvite_known_bad", "en", "Kevin Marsh", "Commercial Director | Sports & Leisure", "Manchester",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, great meeting you at the sports business dinner in Lausanne, let's keep in touch."))
P("reinvite_known_bad", "it", "Paolo Sassi", "Stand e allestimenti fieristici | Titolare", "Rimini",
  ("inv", "Buongiorno, realizziamo stand e allestimenti per fiere ed eventi sportivi, chiavi in mano. Posso mandarle il catalogo e un preventivo?"),
  ("rem",),
  ("inv", "Ciao Alex, complimenti per il festival, che bello vedere tanta gente in piazza! Mi farebbe piacere collegarci."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Salvo Caruana", "Noleggio gonfiabili e archi di partenza", "Catania",
  ("inv", "Ciao Alex, noleggio gonfiabili e archi di partenza personalizzati con i loghi degli sponsor. Ti interessa un preventivo?"),
  ("inm", "Mah", "Alex ma che ci vuole a rispondere? Ti ho pure scritto con educazione. Siete tutti uguali voi, vi sentite chissà chi "
          "perché fate due gare in centro. Statti bene."),
  ("inv", "Ciao Alex, amunì, ricominciamo da capo? Mi farebbe piacere averti tra i contatti."))
P("reinvite_known_ugly", "en", "Derek Fong", "Founder | MudRun Events NL", "Utrecht",
  ("inm", "Question from a fellow organiser", "Hi Alex, I organise obstacle races in the Netherlands and I'm curious how you handle medical "
          "cover for 5,000 runners. Would you share how many ambulances you book?"),
  ("inm", "Re: Question from a fellow organiser", "Thanks, that's super helpful! Also, my company sells a race-management platform that "
          "covers registration, medical and bibs in one place. Want a 30-day trial for your next event? I can send pricing today."),
  ("inv", "Hi Alex, would be good to be connected, we move in the same circles."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Tiziana Farina", "Responsabile commerciale | Strutture e rigging per eventi", "Reggio Emilia",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex, è stato un piacere conoscerti a Rimini. Come ti dicevo abbiamo torri, americane e coperture "
          "per arrivi e palchi: ti preparo un preventivo per il festival di settembre?"))
P("user_invited_pitch_once", "en", "Jonas Weber", "Sales Manager | TimingPro", "Munich",
  ("acc",),
  ("msg", "Thanks for the invite Alex! As discussed at the expo: our disposable bib tags are €0.89 each above 2,000 units, live results app "
          "included. Shall I put together an offer for the spring half?"))
P("user_invited_pitch_once", "it", "Melania Greco", "Consulente assicurativa | Polizze per eventi e ASD", "Lecce",
  ("acc",),
  ("msg", "Ciao Alex, grazie di avermi aggiunta! Visto che organizzi manifestazioni ti ricordo che la RC organizzatore è obbligatoria: io "
          "lavoro con tre compagnie e trovo sempre la tariffa migliore. Ti faccio un preventivo gratuito?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Lukas Feld", "Business Development | FanBoost", "Berlin",
  ("acc",),
  ("msg", "Hey Alex, thanks for connecting after the panel! FanBoost lets sponsors run gamified QR activations at your event. It's €2,500 "
          "per event and the sponsors usually pick up the bill. Shall I send a deck?"),
  ("msg", "Hi again, spring promo: your first event at €1,500. Can I book you in for a demo next week?"))
P("user_invited_pitch_twice", "it", "Lucia Marras", "Abbigliamento tecnico personalizzato | T-shirt gara", "Prato",
  ("acc",),
  ("msg", "Ciao Alex! Grazie per l'invito, come promesso ti scrivo: per le t-shirt tecniche della gara facciamo sublimazione con i loghi "
          "degli sponsor, da 3,80 € al pezzo sopra le 2.000. Ti interessa un campione?"),
  ("msg", "Alex, ti ho spedito un campione in ufficio, l'hai ricevuto? Per l'ordine della mezza ci servirebbe la conferma entro marzo."))
P("user_invited_pitch_twice", "it", "Raffaele Lanza", "Titolare | Stampa grandi formati e segnaletica eventi", "Bari",
  ("acc",),
  ("msg", "Buongiorno Alex e grazie per la richiesta di collegamento. Le allego il listino per transenne brandizzate, banner e backdrop: "
          "per quantità importanti facciamo prezzi dedicati."),
  ("msg", "Gentile Alex, le riscrivo in vista della stagione estiva: stampiamo e consegniamo in 72 ore in tutta Italia. Posso prepararle "
          "un'offerta?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Eleanor Shaw", "Head of Sponsorship | Nordhavn Outdoor Apparel", "Copenhagen",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Loved the trail festival talk you gave in Milan. We have budget left for two events in Italy next "
          "year: could you send me your partner deck and audience numbers? If it fits, I'd like our brand team to visit on race day."))
P("user_invited_value", "it", "Beatrice Gatti", "Area eventi | Comitato Regionale Atletica", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Come ti dicevo ti giro la bozza del calendario regionale 2026: la tua data di ottobre non si "
          "sovrappone a niente, ma conviene bloccarla entro dicembre. In allegato anche il nuovo regolamento per le omologazioni."))
P("user_invited_value", "it", "Luigi Annunziata", "Giornalista freelance | Running e outdoor", "Napoli",
  ("acc",),
  ("msg", "Grazie per avermi aggiunto Alex! Ti confermo che scrivo il pezzo sulla tua gara per il numero di aprile. Mi mandi cinque o sei "
          "foto in alta e il comunicato? Nessun costo, naturalmente, è un articolo redazionale."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Giacomo Ferretti", "Brand Manager | Birrificio Valle Brembana", "Bergamo", ("acc",))
P("acceptance_only", "en", "Isabel Navarro", "Event Producer | Live sport & festivals", "Madrid", ("acc",))
P("lone_endorsement", "it", "Martina Cavalli", "Studentessa Scienze Motorie | Volontaria eventi", "Pavia", ("end",))
P("lone_endorsement", "en", "George Whitman", "Race Director | Lakes Trail", "Kendal", ("end",))


# =============================================================== more voices (weighted to the angle)
P("good_invitation", "it", "Ottavio Pezzoli", "Direttore marketing | Banca di Credito Cooperativo delle Valli", "Lecco",
  ("inv", "Buongiorno Alex, stiamo definendo il budget sponsorizzazioni del prossimo anno e vorremmo sostenere eventi sportivi nelle nostre "
          "valli. La vostra granfondo ci interessa: possiamo vederci per capire cosa vi servirebbe?"))
P("hostility_after_decline", "it", "Ciro Mautone", "Agenzia promoter e volantinaggio", "Pozzuoli",
  ("inv", "Ciao Alex, facciamo promozione per eventi: volantini, promoter in strada, street marketing. Prezzi buoni, se vuoi ti chiamo."),
  ("rem",),
  ("inm", "Vabbè", "Ué, ho capito che non rispondi. Potevi pure dire no grazie, mica ti mangiavo. Con questa puzza sotto il naso non andate "
          "lontano, te lo dico io."))
P("bait_and_switch_invitation", "it", "Tommaso Rizzardi", "Sports marketing | Circolo dei Partner Sportivi", "Verona",
  ("inv", "Ciao Alex, da collega di marketing sportivo: stiamo creando un piccolo circolo di chi gestisce sponsor in Veneto e Lombardia, "
          "per confrontarci su rinnovi e prezzi. Ti andrebbe di farne parte?"),
  ("msg", "Benvenuto! Per iniziare, ti presento la nostra piattaforma di CRM per la gestione degli sponsor: per i membri del circolo 89 € al "
          "mese invece di 149. Ti attivo la prova?", (5, 15)))
# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Chiara Bonfanti", "chiara.bonfanti@bergamofiere.example.it", "Commissione di vigilanza – domanda veloce",
     "Ciao Alex,\n\nti ho mandato anche una richiesta di collegamento su LinkedIn, ma non so se la guardi. Hai dieci minuti al telefono questa settimana?\n\nGrazie!\nChiara", "it"),
    ("TixNow", "news@tixnow.example", "Novità di stagione: seguici su LinkedIn",
     "Ciao!\n\nLa stagione delle iscrizioni è aperta. Segui la nostra pagina LinkedIn per casi studio e webinar.\n\nPer non ricevere più queste email clicca qui.", "it"),
    ("Comune di Milano – Suolo pubblico", "suolopubblico@comune.example.it", "Pratica n. 4471 – manifestazione sportiva",
     "Gentile organizzatore,\n\nla pratica è in istruttoria. Si raccomanda di non pubblicare il percorso sui social (LinkedIn compreso) prima dell'autorizzazione definitiva.\n\nDistinti saluti", "it"),
    ("Eventbrite", "noreply@eventbrite.example", "Il tuo biglietto: LinkedIn Local Milano – Sport Edition",
     "Ciao Alex, partecipi a LinkedIn Local Milano giovedì alle 19:00. Mostra questo biglietto all'ingresso.", "it"),
    ("Sandra Kovač", "s.kovac@alpenquell.example", "Partnership proposal – draft terms",
     "Hi Alex,\n\nfollowing up on LinkedIn: please find our draft partnership terms for the trail series. Let's review them on Thursday.\n\nBest,\nSandra", "en"),
    ("Fabio Granata Fotografia", "info@fabiogranata.example", "Listino foto eventi 2026",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn: in allegato il listino per i servizi fotografici della stagione. Pacchetto gara da 890 €.\n\nFabio", "it"),
    ("Comitato Regionale Atletica", "segreteria@cr-atletica.example.it", "Corso gratuito per giudici e direttori di gara",
     "Gentili organizzatori,\n\nsono aperte le iscrizioni al corso gratuito per direttori di gara. Seguiteci anche sulla nostra pagina LinkedIn per gli aggiornamenti.", "it"),
    ("Google Calendar", "calendar-notification@google.example", "Invito: post LinkedIn per gli sponsor @ mar 15:00",
     "Sei stato invitato a: revisione post LinkedIn di ringraziamento agli sponsor\nQuando: martedì 15:00 – 15:30\nOrganizzatore: comunicazione@example.net", "it"),
    ("Matteo Villa", "matteo.villa@example.net", "Fwd: Voglio collegarmi",
     "Alex, questo ha scritto anche a me su LinkedIn, lo conosci? Mi sembra il solito broker.\n\n---------- Messaggio inoltrato ----------\n"
     "Da: Oliver Brandt via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nHi Matteo, SponsorBridge places brand budgets with sports events...", "it"),
]


# ------------------------------------------------------------------------- checks
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
_names = [mc.strip_accents(_p[2]).lower() for _p in PEOPLE]
assert len(_names) == len(set(_names)), "duplicate name"


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot sixty-sixth development corpus (dev66). Generated by scripts/make_corpus_dev66.py (seed {SEED}); do not edit by hand.",
          "# Alex as an event and sports-marketing manager in Italy: sponsors and brokers, venues, ticketing and event-tech vendors, photographers "
          "and video crews, athletes' agents, volunteers, peer event managers, journalists, influencers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev66", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
