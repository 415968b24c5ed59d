#!/usr/bin/env python3
"""Write mailbot's twenty-fourth, independent development corpus: tests/corpus/dev24/*.eml + expected.toml.

The angle: the ugly side in all its forms, and the near misses next to it. Alex Morgan is the
finance controller of the base corpus. The people here turn nasty after being ignored or turned
down (sarcasm, passive aggression, veiled threats, threats to shame Alex in public, plain insults,
condescending lectures, guilt trips, in English, German, French, Spanish and Italian); ask to be
endorsed back in many wrappings (a favour, a "swap", a P.S. under a useful attachment, a nag);
use a circle, a mentoring scheme, a survey, a thesis question or a free guide to get in and then
sell, over two to four mails, by invitation or by InMail; start out genuinely useful and then
sell, ask for an endorsement or snap after a declined favour; and come back months later with a
friendly new invitation after an earlier ugly episode.

Next to them stand the near misses, which stay good or bad: a seller who takes the silence
gracefully, a civil disagreement with Alex's view, a polite single reminder from a recruiter or
a seller, a blunt but fair complaint from a working-group chair, jokes and mock insults between
old colleagues, and endorsements that explicitly ask for nothing back. The rest of the taxonomy
is covered too, more thinly, with a few spoofs, a little other LinkedIn mail and some mail from
outside LinkedIn that talks about it.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Only the lines that spoofs carry are swapped for this corpus's own,
in this process (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev24.py              # writes tests/corpus/dev24
    python scripts/make_corpus_dev24.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260824

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ what spoofs say (this process only)
SPOOF_LINES = {
    "en": ["Alex, someone has reported your recent activity as harassment. Review the complaint and respond within 48 hours or your profile may be hidden.",
           "Hi Alex, I put together the salary benchmark for controllers we talked about. It's in a shared folder, just sign in to open it."],
    "de": ["Hallo Alex, gegen Ihr Profil liegt eine Beschwerde vor. Bitte nehmen Sie innerhalb von 48 Stunden Stellung, sonst wird Ihr Konto eingeschränkt.",
           "Hallo Alex, hier die Gehaltsstudie für Controller, über die wir gesprochen haben. Zum Öffnen einfach mit Ihrem LinkedIn-Konto anmelden."],
    "fr": ["Bonjour Alex, un membre a signalé l'un de vos messages. Consultez le signalement et répondez sous 48 heures pour éviter une suspension.",
           "Bonjour Alex, je vous ai déposé l'étude de rémunération des contrôleurs de gestion. Identifiez-vous pour y accéder."],
    "es": ["Hola Alex, otro miembro ha denunciado uno de tus mensajes. Revisa la denuncia y responde en 48 horas o tu perfil quedará oculto.",
           "Hola Alex, te dejé el estudio salarial de controllers en una carpeta compartida. Inicia sesión para abrirlo."],
    "it": ["Ciao Alex, un utente ha segnalato un tuo messaggio. Controlla la segnalazione e rispondi entro 48 ore per evitare la sospensione.",
           "Ciao Alex, ti ho caricato lo studio sulle retribuzioni dei controller. Accedi con LinkedIn per scaricarlo."],
}
for _l, _n in SPOOF_LINES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== hostility_after_decline
# an invitation that Alex left unanswered (any note), then an InMail that lashes out: still pending -> ugly / ignore
P("hostility_after_decline", "en", "Declan Rourke", "Sales Director EMEA | Ledgerline – AP automation", "Dublin",
  ("inv", "Hi Alex, I work with finance teams at mid-size manufacturers on invoice automation. Would be great to connect and swap notes on what's working for you."),
  ("inm", "Wow", "Wow. Two weeks and not so much as a click. Thanks for the overwhelming warmth, Alex, truly the gold standard of professional networking. "
                 "I'll be sure to tell my team how approachable the people at Example Industries are."))
P("hostility_after_decline", "en", "Vanessa Colquhoun", "Fractional CFO | Board Advisor | Ex-Big Four", "Glasgow",
  ("inv", DEFAULT),
  ("inm", "Small world", "Alex, a friendly word of advice. Finance in this part of the world is a very small pond. Auditors talk, recruiters talk, CFOs talk. "
                         "People have long memories for who couldn't be bothered to accept a simple request on their way up. Something to bear in mind."))
P("hostility_after_decline", "en", "Harpreet Sandhu", "Founder | The Finance Collective – free monthly meetups", "Birmingham",
  ("inv", "Hi Alex! We run a free monthly meetup for finance folks in the Midlands, pizza and a guest speaker, no sponsors pitching. Next one's on cash forecasting. Would love to see you there."),
  ("rem",),
  ("inm", "Unbelievable", "Seriously? I invite you to a FREE meetup, no strings attached, and you can't even be bothered to hit accept. "
                          "This is exactly what's wrong with senior finance people: all take, zero give. Don't bother turning up."))
P("hostility_after_decline", "de", "Rüdiger Hansmann", "Geschäftsführer | Hansmann Controlling-Beratung", "Hannover",
  ("inv", "Guten Tag, als langjähriger Controller würde ich mich gern mit Ihnen vernetzen und mich über Ihre Erfahrungen mit Rolling Forecasts austauschen."),
  ("inm", "Schade", "Guten Tag, wie ich sehe, liegt meine Kontaktanfrage seit Wochen unbeantwortet bei Ihnen. Das ist selbstverständlich Ihr gutes Recht. "
                    "Ich war nur bisher der Meinung, unter Controllern pflege man noch einen gewissen Umgang miteinander. Da habe ich mich wohl getäuscht. "
                    "Alles Gute trotzdem. R. Hansmann"))
P("hostility_after_decline", "de", "Jana Wüstefeld", "Senior Consultant SAP FI/CO | S/4HANA-Transformation", "Leipzig",
  ("inv", "Hallo Alex, ich begleite S/4HANA-Umstellungen im Controlling und würde mich gern mit Ihnen vernetzen."),
  ("inm", "Ein gut gemeinter Rat", "Hallo Alex, ein gut gemeinter Rat unter uns: Wer im Controlling Karriere machen will, sollte irgendwann begreifen, dass ein Netzwerk "
                                   "keine Einbahnstraße ist. Vielleicht verstehen Sie das, wenn Sie mal eine echte Führungsrolle haben. Bis dahin viel Spaß beim Excel-Jonglieren."))
P("hostility_after_decline", "fr", "Bastien Royer", "Consultant recouvrement | Créances B2B", "Marseille",
  ("inv", "Bonjour Alex, nous aidons les directions financières à réduire leur DSO de 20 jours en moyenne. Je serais ravi d'échanger avec vous à ce sujet."),
  ("inm", "Sans réponse", "Franchement, quel mépris. Vous vous prenez pour qui ? Un petit contrôleur de gestion qui ne daigne même pas répondre à un professionnel. "
                          "Des gens comme vous, j'en croise tous les jours, et croyez-moi, ils finissent tous par redescendre de leur piédestal."))
P("hostility_after_decline", "fr", "Nathalie Perrot", "Contrôleuse de gestion confirmée | En recherche active", "Grenoble",
  ("inv", "Bonjour Alex, contrôleuse de gestion depuis 12 ans, je suis en transition après un plan social. Accepteriez-vous ma demande ? "
          "J'aimerais juste un avis sur le marché lyonnais, rien de plus."),
  ("rem",),
  ("inm", "Merci quand même", "Je vous ai écrit il y a trois semaines. Je suis sans emploi depuis huit mois, j'ai deux enfants, et je demandais juste dix minutes de conseil. "
                              "Mais je comprends, l'entraide entre collègues, ce n'est visiblement pas pour tout le monde. J'espère sincèrement que vous ne vous "
                              "retrouverez jamais de l'autre côté."))
P("hostility_after_decline", "es", "Fernando Quiroga", "Director comercial | Seguros para directivos", "Madrid",
  ("inv", "Hola Alex, trabajo con directivos del área financiera en la protección de su patrimonio personal. Me encantaría conectar contigo."),
  ("inm", "Vaya", "Vaya, veo que has entrado en mi perfil dos veces y aun así ni aceptas ni rechazas. Muy elegante. Supongo que en Example Industries os enseñan "
                  "eso de hacerse el importante. Tranquilo, que no volveré a molestar al señor controller."))
P("hostility_after_decline", "es", "Lorena Villalba", "Headhunter | Finanzas y Control de Gestión", "Valencia",
  ("inv", "Hola Alex, me dedico a la selección de perfiles financieros en Levante. Me gustaría tenerte en mi red."),
  ("inm", "Apuntado", "Alex, veo que has pasado de mi invitación. Perfecto, tomo nota. En este sector todos acabamos cruzándonos y yo tengo muy buena memoria. "
                      "Cuando te toque buscar trabajo, que te tocará, me acordaré de esto."))
P("hostility_after_decline", "it", "Gianfranco Pellegrini", "Consulente finanza agevolata | Bandi e contributi a fondo perduto", "Bari",
  ("inv", "Buongiorno Alex, aiuto le aziende a ottenere contributi a fondo perduto e crediti d'imposta. Mi farebbe piacere entrare nella sua rete."),
  ("inm", "Screenshot", "Ho fatto uno screenshot della mia richiesta ignorata, accanto alle belle frasi sul «valore delle relazioni» che ha nel profilo. "
                        "Domani lo pubblico, così colleghi e amministratore delegato vedono come tratta le persone il controller di Example Industries. "
                        "Vediamo se allora trova il tempo di rispondere."))
P("hostility_after_decline", "it", "Serena Malvezzi", "HR Business Partner | Talent Acquisition", "Bologna",
  ("inv", "Ciao Alex, ci siamo incrociati al convegno ANDAF di Milano, eri al tavolo sulla pianificazione. Mi piacerebbe restare in contatto."),
  ("rem",),
  ("inm", "Un consiglio", "Ciao Alex, ti do un consiglio gratis, visto che di mestiere mi occupo di persone: su LinkedIn si risponde sempre, anche solo con un no. "
                          "Ignorare la gente è da maleducati e dice di te molto più di quanto pensi. Magari rifletti."))


# =============================================================== hostility_connection
# a connection who pitched (or asked a favour), heard nothing back and then lashed out -> ugly / remove
P("hostility_connection", "en", "Gareth Pryce", "Partner | Pryce Interim Finance", "Cardiff",
  ("msg", "Hi Alex, we place interim controllers within 72 hours, fixed day rates, no finder's fee. Worth having us on speed-dial before year-end?"),
  ("msg", "Following up on year-end cover. I can send two CVs today, no obligation at all."),
  ("msg", "Three messages, Alex, and not even a 'no thanks'. Noted. It's a small market and procurement teams do ask around about who's easy to deal with. "
          "Best of luck with it all."))
P("hostility_connection", "de", "Holger Brandstätter", "Vermögensberater | Ruhestandsplanung für Führungskräfte", "Nürnberg",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Als Führungskraft im Finanzbereich wissen Sie ja, wie wichtig die private Altersvorsorge ist. Ich hätte da ein "
          "steueroptimiertes Konzept für Sie. 30 Minuten nächste Woche?"),
  ("msg", "Keine Antwort, na klar. Typisch Controller: alles auf drei Nachkommastellen durchrechnen, aber nicht mal die Höflichkeit besitzen, kurz abzusagen. "
          "Arroganter geht's wirklich nicht."))
P("hostility_connection", "fr", "Sandrine Lacombe", "Fondatrice | Formations Excel & Power BI pour la finance", "Toulouse",
  ("msg", "Bonjour Alex, nos formations Power Query / Power Pivot sont finançables par le plan de développement des compétences. Je vous envoie la plaquette ?"),
  ("msg", "Pas de souci, j'ai bien compris que mon temps valait moins que le vôtre. Je vous souhaite de ne jamais avoir à démarcher qui que ce soit, "
          "ça rend humble."))
P("hostility_connection", "it", "Davide Orsenigo", "Business Developer | Software per la tesoreria", "Como",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Visto che ti occupi di controllo, ti presento il nostro software di cash management: in 20 minuti ti faccio vedere "
          "come riconcilia gli estratti conto in automatico. Quando sei libero?"),
  ("msg", "Alex, sei stato tu a chiedermi il collegamento e adesso sparisci? Corretto, complimenti. Racconterò volentieri questo episodio nel mio prossimo post "
          "sul ghosting dei clienti, con nome e azienda."))
P("hostility_connection", "es", "Marina Echeverría", "Coach ejecutiva | Liderazgo para mandos financieros", "San Sebastián",
  ("msg", "Hola Alex, abro tres plazas en mi programa de coaching de 12 semanas para responsables financieros. ¿Te reservo una sesión de diagnóstico?"),
  ("msg", "Entiendo que no te interese. Pero déjame decirte algo, y te lo digo con cariño: esa actitud tan cerrada es justo la que frena a los mandos intermedios. "
          "Algún día lo entenderás. Suerte."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kieran Ashdown", "FP&A Analyst | Power BI enthusiast", "Leeds",
  ("end",),
  ("msg", "Hey Alex! Just gave you an endorsement for {skill}, well earned. If you've got 30 seconds, could you vouch for my Power BI and Financial Modelling? "
          "Recruiters actually look at these now."))
P("endorse_me_back", "en", "Tamsin Greaves", "Group Accountant | ACCA", "Bristol",
  ("end",),
  ("msg", "Sunday admin done: I endorsed about forty people in my network today, you included 🙂 My own profile is looking a bit bare, so if you're ever bored, "
          "Consolidation and Group Reporting would be ace."))
P("endorse_me_back", "de", "Rob Delahunt", "Finance Manager | Transformation & Shared Services", "Frankfurt am Main",
  ("end",),
  ("msg", "Here's the month-end close checklist I mentioned at the ICV dinner, steal whatever helps. Oh, and I popped an endorsement on your profile for {skill}. "
          "If you could return one for Process Improvement I'd owe you a pint!"),
  nl="en")
P("endorse_me_back", "de", "Sven Kalinowski", "Leiter Rechnungswesen | Mittelstand", "Bielefeld",
  ("end",),
  ("msg", "Moin Alex, eine Hand wäscht die andere 😉 Ich habe Sie gerade für {skill} bestätigt. Hätten Sie kurz eine Minute für meine Kenntnisse in "
          "Konzernrechnungslegung und HGB?"))
P("endorse_me_back", "fr", "Laetitia Marchal", "Responsable comptable | Consolidation", "Rennes",
  ("end",),
  ("msg", "Bonjour Alex, j'ai pris le temps de valider plusieurs de vos compétences, dont {skill}. Je compte sur vous pour en faire autant sur mon profil, "
          "c'est comme ça qu'un réseau vit !"),
  ("msg", "Petit rappel amical 🙂 toujours rien de votre côté pour mes compétences… Ça prend deux clics, vous savez."))
P("endorse_me_back", "es", "Iván Carrasco", "Analista financiero | Tesorería", "Zaragoza",
  ("end",),
  ("msg", "¡Buenas, Alex! Te he validado en {skill}. Si me devuelves el favor con Tesorería y Cash management, el algoritmo nos sube a los dos. ¿Trato hecho? 😄"))
P("endorse_me_back", "it", "Roberta Cattaneo", "Controller di stabilimento | Lean accounting", "Brescia",
  ("end",),
  ("msg", "Ciao Alex, ti ho segnalato per {skill} e per un'altra competenza ancora. Mi faresti la cortesia di confermare le mie in Controllo di gestione "
          "e Budgeting? Grazie mille in anticipo!"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Craig Hollister", "Founder, Northern Finance Leaders Circle", "Newcastle",
  ("inv", "Alex, I run a small peer circle for finance leaders in the North. Six of us, quarterly dinners, no vendors, just candid talk about the job. "
          "Would love you at the next one."),
  ("msg", "Great to have you on board! Next dinner is pencilled in for late March, I'll confirm the venue soon.", (2, 6)),
  ("msg", "Quick one before the dinner. Alongside the circle I run a wealth practice for senior finance people, and most members have had a portfolio review "
          "with me. Shall I book you in for an hour next week?", (8, 20)))
P("bait_and_switch_invitation", "en", "Priyanka Desai", "Community Lead | Women in Finance Forum", "London",
  ("inv", "Hi Alex, we're growing a volunteer-run community of finance professionals who mentor people starting out. Free, one hour a month. "
          "Your background would be brilliant for our mentees. Fancy joining?"),
  ("msg", "Thanks so much for connecting! Before we pair you with a mentee: the forum is sponsored by Clearwater Benefits, and we ask every new member to sit down "
          "for a 20-minute pension review. Can I send you the booking link?"))
P("bait_and_switch_invitation", "de", "Benedikt Strohmeier", "Gründer | Controller-Stammtisch Rhein-Main", "Wiesbaden",
  ("inv", "Hallo Alex, wir sind ein lockerer Stammtisch von Controllern aus Rhein-Main, einmal im Monat, ohne Verkäufer. Haben Sie Lust, dazuzukommen?"),
  ("msg", "Schön, dass Sie dabei sind! Wir treffen uns immer am ersten Donnerstag im Monat, ab 19 Uhr.", (1, 4)),
  ("msg", "Kleine Frage am Rande: Hauptberuflich bin ich bei einem Anbieter von Planungssoftware. Darf ich Ihnen und Ihrem Team in einer 30-minütigen Demo zeigen, "
          "wie andere Stammtisch-Mitglieder ihre Budgetierung automatisiert haben?"),
  ("msg", "Hallo Alex, ich hake noch einmal wegen der Demo nach. Im Mai hätten wir noch zwei Termine frei.", (6, 15)))
P("bait_and_switch_invitation", "fr", "Guillaume Ferrand", "Directeur administratif et financier | PME industrielle", "Lille",
  ("inv", "Bonjour Alex, DAF d'une PME industrielle, je prépare le passage à la facture électronique. Vous l'avez déjà lancé de votre côté ? "
          "J'aimerais vous poser deux questions, entre pairs."),
  ("msg", "Merci d'avoir accepté ! Pour être transparent, je suis aussi associé d'un cabinet qui accompagne la mise en conformité e-facture. "
          "Je peux vous faire parvenir une proposition chiffrée pour Example Industries ?"))
P("bait_and_switch_invitation", "es", "Nicolás Arbeloa", "Autor de la guía «Cierre contable en 5 días»", "Pamplona",
  ("inv", "Hola Alex, he escrito una guía gratuita sobre cómo acortar el cierre mensual. Si conectamos te la paso en PDF, sin más."),
  ("msg", "¡Aquí la tienes! Cualquier duda, me dices.", (0, 2)),
  ("msg", "Alex, ¿qué te pareció la guía? Lo del capítulo 4 lo hacemos con nuestro software de consolidación. Te propongo una demo de 30 minutos esta semana, "
          "tenemos precio especial para lectores."))
P("bait_and_switch_invitation", "it", "Ettore Santangelo", "Community Manager | Rete Alumni Master in Finanza", "Milano",
  ("inv", "Ciao Alex, sto ricostruendo la rete degli ex alunni del master in Finanza. Ti va di entrare? Organizziamo aperitivi e ci giriamo le offerte di lavoro."),
  ("msg", "Grazie per esserti unito! Ne approfitto: collaboro con una compagnia assicurativa e per gli ex alunni abbiamo una polizza vita e infortuni "
          "a condizioni riservate. Ti mando un preventivo?"),
  ("msg", "Alex, ti ricordo che le condizioni riservate scadono venerdì. Basta una telefonata di 15 minuti.", (4, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Dana Ellery", "Research Lead | CFO Pulse benchmark", "Boston",
  ("inm", "Month-end close benchmark", "Hi Alex, we're putting together an anonymous benchmark of month-end close times across mid-market companies. Five questions, "
                                       "and every participant gets the full report free. Would you be willing to take part?"),
  ("inm", "Your benchmark + next step", "Thanks for filling it in! Your close runs about 2 days slower than the median. The good news: our platform closes that gap "
                                        "for most customers within a quarter. Can I grab 30 minutes to walk you through it?"),
  nl="en")
P("bait_and_switch_inmail", "de", "Carsten Niehues", "Initiator | Roundtable Finanzverantwortliche NRW", "Essen",
  ("inm", "Einladung Roundtable Working Capital", "Guten Tag, wir laden zehn Finanzverantwortliche aus NRW zu einem vertraulichen Roundtable über Working Capital ein. "
                                                  "Kein Vortrag, kein Verkauf. Hätten Sie Interesse?"),
  ("inm", "Roundtable – Vorbereitung", "Vielen Dank für Ihre Zusage! Zur Vorbereitung würde ich gern vorab 45 Minuten mit Ihnen sprechen und Ihnen unser "
                                       "Factoring-Angebot vorstellen. Die Teilnehmer des Roundtables erhalten Sonderkonditionen."),
  ("inm", "Sonderkonditionen", "Kurze Erinnerung: Die Sonderkonditionen für Roundtable-Teilnehmer gelten nur noch bis zum Monatsende.", (4, 10)))
P("bait_and_switch_inmail", "fr", "Aurore Lemonnier", "Étudiante en master CCA | Mémoire sur le pilotage des PME", "Nantes",
  ("inm", "Question pour mon mémoire", "Bonjour Alex, je rédige mon mémoire sur les tableaux de bord des PME industrielles. Accepteriez-vous de répondre à trois "
                                       "questions par écrit ? Cela m'aiderait énormément."),
  ("inm", "Merci + une proposition", "Merci infiniment pour vos réponses ! En parallèle de mes études, je suis apporteuse d'affaires pour un éditeur de logiciel "
                                     "de reporting : je peux vous obtenir une démo et -15 % la première année. Ça vous intéresse ?"))
P("bait_and_switch_inmail", "it", "Filippo Gualtieri", "Fondatore | Circolo CFO Nord-Est", "Padova",
  ("inm", "Circolo dei CFO", "Buongiorno Alex, stiamo formando un circolo ristretto di responsabili finanziari del Nord-Est: incontri trimestrali a porte chiuse, "
                             "gratuiti. Le interesserebbe partecipare?"),
  ("inm", "Prossimi passi", "Grazie per la disponibilità! Per entrare nel circolo chiediamo a ogni membro di provare la nostra consulenza sulla finanza agevolata: "
                            "check-up iniziale a 1.500 €, poi il 5 % sui contributi ottenuti. Quando possiamo sentirci?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Elliot Vance", "Financial Controller | Vance & Reid Logistics", "Leeds",
  ("inv", "Alex, fellow controller here. Saw your comment on accrual automation; we cracked the same problem last year. Happy to share our approach "
          "and the macros, no strings."),
  ("msg", "As promised: the accrual workbook and a one-pager on how we rolled it out. Shout if anything's unclear."),
  ("msg", "Alex, a small favour to ask. I'm applying for the Head of Finance role at your parent company. Would you be willing to put in a word with your CFO, "
          "or just forward my CV? Completely understand if it's awkward.", (30, 60)),
  ("msg", "Alex, I asked you for one favour, a word with your CFO for the role I'm going for, and got silence. After I handed you a year's work for free. "
          "Says a lot about you. I won't make that mistake twice.", (20, 45)))
P("good_turns_ugly", "de", "Annika Terhorst", "Head of Treasury | Leiterin Arbeitskreis Treasury im Verband", "Düsseldorf",
  ("inv", "Hallo Alex, ich leite einen Arbeitskreis Treasury im Verband. Die Treffen sind kostenlos und zählen als Weiterbildung. Nächstes Thema: "
          "Cash Pooling. Ich würde Sie gern einladen."),
  ("msg", "Hier die Unterlagen vom letzten Treffen und die Einladung für den 12. Schön, wenn Sie kommen."),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Wäre super, wenn Sie mir im Gegenzug Cash Management und Treasury bestätigen. "
          "Ich bewerbe mich gerade intern, da zählt jedes bisschen."))
P("good_turns_ugly", "fr", "Olivier Duplessis", "Co-animateur | Club des contrôleurs de gestion Île-de-France", "Paris",
  ("inv", "Bonjour Alex, je coanime un club d'échange gratuit entre contrôleurs de gestion, un petit-déjeuner par mois à La Défense. Vous seriez le bienvenu."),
  ("msg", "Ravi de vous compter parmi nous. Je vous ai inscrit au prochain petit-déjeuner, et le compte rendu du dernier est en pièce jointe."),
  ("msg", "Alex, en dehors du club, j'accompagne les directions financières dans l'externalisation de la paie et de la comptabilité fournisseurs. "
          "Auriez-vous 30 minutes pour que je vous présente notre offre ?", (15, 40)))
P("good_turns_ugly", "es", "Claudia Bermúdez", "Controller | Mentora en un programa para controllers junior", "Madrid",
  ("inv", "Hola Alex, soy mentora en un programa gratuito para controllers junior y buscamos perfiles como el tuyo para sesiones de una hora al mes. ¿Te animas?"),
  ("msg", "¡Gracias por sumarte! Te dejo el calendario de sesiones y la guía del mentor."),
  ("msg", "Te paso también la plantilla de KPIs que usamos en el programa, por si te sirve en tu equipo."),
  ("msg", "Alex, además del programa trabajo como agente de una aseguradora. Para los mentores tenemos un seguro de vida con condiciones especiales. "
          "¿Te llamo esta semana?", (20, 50)))
P("good_turns_ugly", "it", "Lucio Tramontana", "Ex collega in Veltra | Consulente tesoreria", "Torino",
  ("inv", "Ciao Alex! Sono Lucio, lavoravamo insieme nel reporting in Veltra. Ti mando l'invito per restare in contatto: se ti servono i vecchi modelli "
          "di consolidato li ho ancora."),
  ("msg", "Eccoli, ti ho caricato i file su WeTransfer. Buon lavoro!"),
  ("msg", "Alex, ora sono passato alla consulenza e vendiamo un gestionale per la tesoreria. Per i vecchi colleghi c'è il 20 % di sconto. "
          "Mi dai mezz'ora per una demo?", (25, 60)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Shane Costigan", "Business Development | ClearPay AP", "Cork",
  ("inv", "Hi Alex, ClearPay cuts invoice processing costs by 70%. Mind if I connect and send over a case study?"),
  ("inm", "Your choice", "Ignoring people is a choice, Alex. A pretty poor one for someone who calls themselves a finance 'leader'. Enjoy your manual invoices."),
  ("inv", "Hi Alex, new role, fresh start! I've moved into partnerships and would love to be connected. Hope the year's treating you well."))
P("reinvite_known_ugly", "fr", "Coralie Besson", "Chargée d'études | Observatoire de la fonction finance", "Lyon",
  ("inm", "Étude sur le métier de contrôleur", "Bonjour Alex, nous menons une étude sur l'évolution du métier de contrôleur de gestion. Un entretien de 20 minutes, "
                                              "et vous recevez la synthèse en avant-première. Partant ?"),
  ("inm", "Suite de l'étude", "Merci pour l'entretien ! Notre cabinet propose justement un diagnostic complet de la fonction finance, 8 500 € HT. "
                              "Je vous envoie une proposition ?"),
  ("inv", "Bonjour Alex, je serais ravie de garder le contact suite à notre entretien de l'an dernier."))
P("reinvite_known_ugly", "it", "Mirko Fabbri", "Consulente | Ottimizzazione fiscale", "Rimini",
  ("inv", DEFAULT),
  ("inm", "Complimenti", "Complimenti davvero. Richiesta ignorata dal controller di un'aziendina qualsiasi. Chissà quanto ti senti importante. Ciao, genio."),
  ("inv", "Ciao Alex, scusa per il messaggio dell'anno scorso, era una giornata storta. Ripartiamo da zero? Mi farebbe piacere essere in contatto."))
P("reinvite_known_ugly", "de", "Patrick Lindemann", "Gründer | CFO-Netzwerk Süd", "Stuttgart",
  ("inv", "Hallo Alex, ich lade ausgewählte Finanzleiter in unser Netzwerk ein: Austausch unter Gleichen, keine Vertriebler. Sind Sie dabei?"),
  ("msg", "Danke fürs Annehmen! Übrigens vermittle ich Direktversicherungen für Führungskräfte. Darf ich Ihnen unverbindlich ein Angebot rechnen?"),
  ("inv", "Hallo Alex, wir scheinen nicht mehr verbunden zu sein, sicher ein Versehen. Ich würde mich freuen, wieder in Kontakt zu sein."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Jasmine Okoro", "Account Executive | SpendWise", "London",
  ("inm", "Spend visibility", "Hi Alex, SpendWise gives controllers real-time visibility of every company card transaction. Could I show you a 20-minute demo on Thursday?"),
  ("inv", "Hi Alex, we were both in the audience at the FD Forum last week, great question you asked about accruals. Would be good to connect."))
P("reinvite_known_bad", "es", "Gonzalo Pizarro", "Asesor financiero | Banca privada", "Sevilla",
  ("inv", "Hola Alex, asesoro a directivos en planificación patrimonial y fiscal. ¿Conectamos y te cuento cómo trabajamos?"),
  ("inv", "Hola Alex, ¿qué tal el cierre del año? Me encantaría retomar el contacto."))


# =============================================================== good_invitation (several near misses)
P("good_invitation", "en", "Mark Tolliver", "Financial Controller | Orvana Foods", "Bristol",
  ("inv", "Morgan! Still hiding behind pivot tables? 😂 Connect with your old nemesis from the Veltra audit days. Reunion drinks on the 3rd at the Hare & Hounds, "
          "free, someone finally found a sponsor. Come."))
P("good_invitation", "en", "Siobhan Keane", "Programme Lead (volunteer) | Finance CPD evenings Belfast", "Belfast",
  ("inv", "Hi Alex, I organise free CPD evenings for finance professionals in Belfast. Next one is on IFRS 18 with a Big Four technical partner. "
          "Would be lovely to have you."),
  ("rem",),
  ("inm", "Re: IFRS 18 evening", "Hi Alex, I realise you might not accept invites from people you don't know, completely fair. Just in case it's useful, "
                                 "the registration for the IFRS 18 evening is open on the website until Friday. No need to reply. Siobhan"))
P("good_invitation", "de", "Henrike Bauschulte", "Controllerin | Stadtwerke Münster", "Münster",
  ("inv", "Hallo Alex, ich stecke mitten in der Umstellung auf rollierende Forecasts und habe Ihren Beitrag dazu gelesen. Darf ich Ihnen eine konkrete Frage "
          "zur Treiberlogik stellen?"),
  ("rem",),
  ("inm", "Kurze Nachfrage", "Hallo Alex, ich melde mich ein letztes Mal, nur falls meine Anfrage untergegangen ist. Wenn es gerade nicht passt, ist das völlig "
                             "in Ordnung. Viele Grüße, Henrike Bauschulte"))
P("good_invitation", "es", "Mercedes Aranda", "Directora de Control de Gestión | Grupo alimentario", "Murcia",
  ("inv", "Hola Alex, leí tu post sobre presupuesto base cero. No estoy del todo de acuerdo (en nuestro grupo costó más de lo que ahorró), pero me encantaría "
          "comparar experiencias. Te paso nuestro análisis si te interesa."))
P("good_invitation", "it", "Tiziana Ruggiero", "Talent Acquisition | Arcwise Pharma", "Verona",
  ("inv", "Buongiorno Alex, cerchiamo un Head of Controlling per lo stabilimento di Verona, a riporto diretto del CFO. Il suo profilo è molto in linea: "
          "le andrebbe una chiacchierata riservata?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Maxime Fontanel", "Entrepreneur | Investisseur", "Bordeaux",
  ("inv", DEFAULT),
  ("inm", "Mon invitation", "Bonjour Alex, je vous ai envoyé une invitation il y a quelque temps, peut-être est-elle passée inaperçue. Au plaisir d'échanger."))
P("default_invitation", "it", "Rocco Iannuzzi", "Imprenditore", "Salerno",
  ("inv", NONOTE))


# =============================================================== sales_invitation (two that take a no gracefully)
P("sales_invitation", "en", "Callum Reddy", "SDR | Forecastly – AI forecasting for FP&A", "Austin",
  ("inv", "Hey Alex, saw Example Industries is hiring in FP&A. Forecastly cuts forecast prep from 5 days to 5 hours. Open to a quick 15-min look next week?"),
  ("rem",),
  ("inm", "Closing the loop", "Hi Alex, I'll take the silence as a 'not now', totally fair, inboxes are brutal. I'll stop reaching out. "
                              "If forecasting ever turns into a headache, my door's open. All the best, Callum"))
P("sales_invitation", "de", "Ines Oberländer", "Key Account Managerin | Reisekosten-Software", "Köln",
  ("inv", "Guten Tag, mit unserer App rechnen Ihre Mitarbeitenden Reisekosten in 2 Minuten ab, GoBD-konform. Darf ich Ihnen das in einer kurzen Demo zeigen?"),
  ("inm", "Reisekosten", "Hallo Alex, ich nehme an, das Thema hat bei Ihnen gerade keine Priorität, völlig in Ordnung. Ich sehe die Sache mit der GoBD zwar "
                         "etwas anders als viele Kollegen, aber das diskutieren wir vielleicht ein andermal. Beste Grüße, Ines Oberländer"))


# =============================================================== connection_brings_value (near misses: disagreement, blunt complaint, jokes, endorsements without an ask)
P("connection_brings_value", "en", "Imogen Ravenscroft", "Head of FP&A | Meridian Logistics", "Manchester",
  ("msg", "Alex, read your piece on scrapping the annual budget. I'll push back a little: we went fully rolling at Meridian and the board hated losing a fixed target. "
          "Not saying you're wrong, just that the politics matter more than the spreadsheet. Happy to send our post-mortem deck if it helps your case."))
P("connection_brings_value", "en", "Owen Bradshaw", "Chair, IFRS 18 working group | FD Forum", "Birmingham",
  ("msg", "Hi Alex, thanks again for volunteering for the working group. Draft 1 of the presentation guidance is in the shared folder, your section is 3.2."),
  ("msg", "Alex, I'll be straight with you: your comments on 3.2 were due three weeks ago and the rest of the group is waiting on them. I know year-end is brutal. "
          "If you can't do it, just tell me and I'll reassign it, no hard feelings, but I need to know by Friday.", (20, 30)))
P("connection_brings_value", "de", "Tobias Neudecker", "CFO | Calder & Finch", "München",
  ("msg", "Na, Alex, du alter Zahlenschubser! 😄 Immer noch der Einzige, der Pivot-Tabellen schöner findet als Urlaub? Spaß beiseite: Wir suchen eine "
          "Controllerin fürs Team, falls du jemanden kennst, leite ich dir gern die Ausschreibung weiter. Und das Ehemaligentreffen im Juni steht, du kommst doch?"))
P("connection_brings_value", "fr", "Camille Ardouin", "Contrôleuse de gestion | Solvent", "Lyon",
  ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé pour {skill}, c'était mérité après votre intervention à la DFCG. Pas besoin de me rendre la pareille, vraiment ! "
          "Je vous joins au passage le modèle de suivi des frais généraux dont on avait parlé."))
P("connection_brings_value", "es", "Rafael Olmos", "Controller | Antiguo compañero en Tessaly", "Bilbao",
  ("end",),
  ("msg", "¡Alex, te he validado en {skill}, que ya tocaba! Y no, no quiero nada a cambio, que te conozco 😂 Te escribía porque en la asociación hacemos "
          "una jornada gratuita sobre el SII el día 20, por si te apetece venir."))


# =============================================================== stranger_inmail_recruiter / stranger_inmail_sales (polite single follow-ups)
P("stranger_inmail_recruiter", "en", "Felicity Harcourt", "Senior Consultant, Finance Search | Hallmark Search", "London",
  ("inm", "Group Controller – FTSE 250 industrial", "Hi Alex, I'm retained on a Group Controller search for a FTSE 250 industrial: hybrid, Midlands HQ, package "
                                                   "around £120k plus bonus. Your consolidation background stood out. Open to a confidential chat?"),
  ("inm", "Re: Group Controller – FTSE 250 industrial", "Just resurfacing this once in case it got buried. If the timing's wrong, no problem at all, "
                                                        "I won't chase again. Felicity", (7, 14)))
P("stranger_inmail_recruiter", "de", "Marlene Hüttinger", "Talent Acquisition | Solvent AG", "Wien",
  ("inm", "Leitung Controlling (m/w/d) – Wien", "Guten Tag Alex Morgan, für unsere Holding in Wien suchen wir eine Leitung Controlling mit Verantwortung für ein "
                                                "Team von sechs Personen. Ihr Profil passt sehr gut. Hätten Sie Interesse an einem unverbindlichen Gespräch?"))
P("stranger_inmail_recruiter", "es", "Julián Moratalla", "Head of Finance | Fintech", "Madrid",
  ("inm", "Controller en mi equipo", "Hola Alex, busco un controller senior para mi equipo, reportando a mí, en remoto desde España. ¿Te cuento? "
                                     "Y si no es para ti, ¿conoces a alguien?"))
P("stranger_inmail_sales", "fr", "Hugo Vasseur", "Business Developer | Logiciel de rapprochement bancaire", "Bordeaux",
  ("inm", "Rapprochement bancaire", "Bonjour Alex, notre outil automatise 95 % des rapprochements bancaires et s'intègre à SAP en deux semaines. "
                                    "Seriez-vous disponible pour une démo de 20 minutes ?"),
  ("inm", "Une seule relance", "Bonjour Alex, je me permets une seule relance, au cas où mon message se serait perdu. Si ce n'est pas le moment, aucun souci, "
                               "je ne vous relancerai pas.", (6, 12)))
P("stranger_inmail_sales", "it", "Cristina Palumbo", "Sales Manager | Noleggio a lungo termine aziendale", "Roma",
  ("inm", "Flotta aziendale", "Buongiorno Alex, gestiamo il noleggio a lungo termine per flotte aziendali con canoni fissi e deducibilità ottimizzata. "
                              "Posso inviarle un preventivo per le auto dei vostri commerciali?"))


# =============================================================== connection_only_pitches / single_pitch
P("connection_only_pitches", "en", "Brandon Whitlock", "Wealth Manager | Harbor Wealth", "Edinburgh",
  ("msg", "Hi Alex, I help senior finance professionals make their bonus work harder, pensions, ISAs, the lot. Fancy a no-obligation review?"),
  ("msg", "Just bumping this up. I have a couple of slots free before the tax year ends."),
  ("msg", "I'll stop here, clearly not the right time. Good luck with the year-end, and if anything changes you know where I am."))
P("connection_only_pitches", "es", "Susana Ledesma", "Consultora | Externalización contable", "Valencia",
  ("msg", "Hola Alex, externalizamos la contabilidad de proveedores para empresas medianas y reducimos costes un 30 %. ¿Te preparo una propuesta?"),
  ("msg", "Alex, te escribo de nuevo porque este trimestre tenemos una tarifa de lanzamiento. ¿Hablamos 15 minutos?"))
P("single_pitch", "de", "Frank Görlitz", "Partner | Interim-Management Finanzen", "Hamburg",
  ("msg", "Hallo Alex, falls Ihnen im Jahresabschluss Kapazität fehlt: Wir stellen erfahrene Interim-Controller innerhalb einer Woche. Sollen wir telefonieren?"))
P("single_pitch", "fr", "Élise Caradec", "Conseillère | Assurance homme-clé et prévoyance dirigeants", "Nantes",
  ("msg", "Bonjour Alex, avez-vous pensé à assurer les personnes clés de votre direction financière ? Je peux vous présenter nos contrats en 20 minutes."))


# =============================================================== user_invited_*
P("user_invited_pitch_once", "en", "Nate Gallagher", "Founder | CloseLoop – close management software", "Denver",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Since you run the close at Example Industries, I'd love to give you early access to CloseLoop. 20 minutes this week?"))
P("user_invited_pitch_once", "it", "Paola Zanetti", "Account Manager | Software per la nota integrativa", "Vicenza",
  ("acc",),
  ("msg", "Grazie per l'invito Alex! Colgo l'occasione: il nostro software prepara la nota integrativa in automatico dal bilancio di verifica. Le va una demo?"))
P("user_invited_pitch_twice", "de", "Dominik Raths", "Vertrieb | Konsolidierungssoftware", "Mannheim",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Da Sie ja konsolidieren: Unsere Software schafft den Konzernabschluss in der Hälfte der Zeit. Demo nächste Woche?"),
  ("msg", "Hallo Alex, kurze Erinnerung an die Demo. Bis Quartalsende gibt es 15 % Einführungsrabatt."))
P("user_invited_pitch_twice", "es", "Esteban Lucena", "Socio | Despacho de auditoría y consultoría", "Málaga",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Ya que estamos conectados: ofrecemos auditoría de cuentas y revisión de controles internos a precio cerrado. ¿Te envío tarifas?"),
  ("msg", "Alex, ¿pudiste mirar lo de la auditoría? Tenemos hueco para empezar en febrero."))
P("user_invited_value", "en", "Rhiannon Pugh", "Audit Senior Manager | Kestrel Partners", "Cardiff",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As promised at the seminar, here's our checklist of the IFRS 18 disclosure changes, and you're welcome at our free "
          "client-and-non-client briefing on 4 March."))
P("user_invited_value", "fr", "Thierry Baudoin", "Directeur financier | Meridian Logistique France", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation. Franchement, j'ai trouvé la table ronde de mardi mal organisée : trop de slides, pas assez d'échanges. Cela dit, "
          "je vous envoie mes notes et notre benchmark des délais de clôture, ils vous serviront pour la prochaine."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Paloma Urquijo", "Directora financiera | Grupo logístico", "Bilbao", ("acc",))
P("lone_endorsement", "it", "Nicoletta Sforza", "Controller | Gruppo Meridian Italia", "Genova", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Declan Rourke", "declan.rourke@ledgerline.example", "Since LinkedIn isn't good enough",
     "Alex,\n\nsince you won't answer on LinkedIn, I'm trying email. Ten minutes of your time. That's all I ever asked.\n\nDeclan", "en"),
    ("Priya Raman", "priya.raman@example.net", "Did you get one of these too?",
     "Hi Alex,\n\nsome guy sent me a furious InMail on LinkedIn because I didn't accept his invitation within a week. I've saved it for the team chat. "
     "Has that happened to you?\n\nPriya", "en"),
    ("Endorse Circle", "hello@endorsecircle.example", "Get 50 LinkedIn endorsements this week",
     "Join 5,000 professionals who swap skill endorsements on LinkedIn. You endorse, they endorse back. Free to join, cancel any time.", "en"),
    ("Kerstin Albers", "k.albers@example.net", "Ehemaligentreffen Calder & Finch",
     "Hallo Alex,\n\nTobias hat dir wohl schon auf LinkedIn geschrieben: Das Ehemaligentreffen ist am 14. Juni im Augustiner. Kommst du?\n\nKerstin", "de"),
    ("Compliance", "compliance@example.net", "Respektvolle Kommunikation in sozialen Netzwerken",
     "Liebe Kolleginnen und Kollegen,\n\nbitte melden Sie beleidigende oder bedrohende Nachrichten, die Sie über LinkedIn oder andere Netzwerke erhalten, "
     "an compliance@example.net. Antworten Sie nicht darauf.", "de"),
    ("DFCG Bretagne", "contact@dfcg-bretagne.example", "Matinée clôture rapide : inscriptions ouvertes",
     "Bonjour,\n\nla matinée du 18 sur la clôture rapide est ouverte aux inscriptions. Partagez l'événement sur LinkedIn !", "fr"),
    ("Lucio Tramontana", "lucio.tramontana@example.it", "I vecchi modelli di consolidato",
     "Ciao Alex,\n\ncome ti ho scritto su LinkedIn, ti ho mandato i file via WeTransfer. Fammi sapere se si aprono.\n\nLucio", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot twenty-fourth development corpus (dev24). Generated by scripts/make_corpus_dev24.py (seed {SEED}); do not edit by hand.",
          "# The ugly side in all its forms (hostility after a decline in five languages, endorse-me-back in disguise, bait and switch over 2-4 mails, "
          "good turned ugly, re-invites of known ugly people) and its near misses that stay good or bad. Same format as tests/corpus/dev."]

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


if __name__ == "__main__":
    main(__doc__, "dev24", SEED, PEOPLE, FOREIGN, spoofs=6, other=6, header=HEADER)
