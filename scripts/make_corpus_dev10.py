#!/usr/bin/env python3
"""Write mailbot's tenth, independent development corpus: tests/corpus/dev10/*.eml + expected.toml.

The angle: the user Alex is not a finance professional here but the head of software
engineering at a mid-sized SaaS company. Their LinkedIn world: tech recruiters (in-house
and agency; good when they bring Alex a concrete role, bad when they sell staffing,
nearshore or offshore dev teams to Alex as a hiring manager), dev-tool and cloud vendors
(observability, CI, security scanning, AI coding assistants, cloud cost), offshore and
nearshore dev shops, fractional CTOs, meetup and conference organisers (free meetups,
CFPs, hackathons), open-source maintainers asking for feedback, engineering peers with
real questions (on-call, migrations, hiring loops), bootcamp graduates asking for advice,
podcast hosts (free vs pay-to-appear), founders asking for angel money, Kubernetes
endorsers who want one back, hostility after a declined invitation ("typical arrogant
engineer", "too good to reply?") in several languages and registers, and bait and switch
("a community of engineering leaders", "a quick survey on developer productivity", then a
demo).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the job-alert titles, the headlines
of spoof-only names and PYMK suggestions, and the pitches that spoofs carry are swapped
for engineering ones in this process only (make_corpus.py itself is not changed). Every
note was written from shared/taxonomy.md alone, without reading mailbot's signals, judge
or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev10.py              # writes tests/corpus/dev10
    python scripts/make_corpus_dev10.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260610

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ engineering world (this process only)
SKILLS = {
    "en": ["Kubernetes", "Software Architecture", "Engineering Management", "CI/CD", "Distributed Systems", "Go"],
    "de": ["Kubernetes", "Softwarearchitektur", "Führung von Entwicklungsteams", "CI/CD", "Agile Methoden"],
    "fr": ["Kubernetes", "Architecture logicielle", "Management d'équipes techniques", "DevOps", "Méthodes agiles"],
    "es": ["Kubernetes", "Arquitectura de software", "Gestión de equipos de ingeniería", "DevOps", "Metodologías ágiles"],
    "it": ["Kubernetes", "Architettura software", "Gestione di team di sviluppo", "DevOps", "Metodologie agili"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Head of Engineering", "Norbridge"), ("VP Engineering", "Veltra"), ("Engineering Manager Platform (m/w/d)", "Solvent AG"),
              ("Director of Software Engineering", "Tessaly"), ("Staff Engineer, Infrastructure", "Meridian Logistics")]
mc.COMPANIES["good"] = ["Norbridge", "Veltra", "Parcelry", "Orvana", "Solvent AG", "Tessaly", "Meridian Logistics", "Ledgerline"]
mc.COMPANIES["sales"] = ["TraceHound", "BuildPulse", "CloudTrim", "ScanShield", "CodeMuse AI", "Stratos Nearshore", "DevForce Staffing"]
mc.HEADLINES["good"] = ["Engineering Manager at {co}", "Staff Engineer | {co}", "CTO at {co}", "Head of Platform at {co}", "Senior SRE at {co}",
                        "Technical Recruiter (in-house) at {co}", "Director of Engineering at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping engineering teams ship faster | {co}", "Founder & CEO at {co}",
                         "Business Development | {co}", "Partner at {co} | Dedicated dev teams"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your team is invited to a private beta of our AI code reviewer. Activate your seats here before Friday.",
           "Hello {first}, I shared the security audit of your repositories with you. Log in to view the findings."],
    "de": ["Hallo {first}, ich habe Ihnen den Bericht zu Ihren Cloud-Kosten freigegeben. Bitte melden Sie sich an, um ihn zu öffnen.",
           "Hallo {first}, Ihr Team wurde für eine kostenlose Pipeline-Analyse ausgewählt. Jetzt Zugang bestätigen."],
    "fr": ["Bonjour {first}, je vous ai partagé le rapport de vulnérabilités de vos dépôts. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre équipe a gagné 10 licences de notre assistant de code IA. Activez-les avant vendredi."],
    "es": ["Hola {first}, te he compartido el informe de costes de tu nube. Inicia sesión para verlo.",
           "Hola {first}, tu equipo ha sido seleccionado para una auditoría gratuita de CI/CD. Confirma aquí."],
    "it": ["Ciao {first}, ti ho condiviso il report di sicurezza dei tuoi repository. Accedi per vederlo.",
           "Ciao {first}, il tuo team ha ricevuto 10 licenze gratuite del nostro assistente AI. Attivale entro venerdì."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Priya Raman", "Engineering Manager, Platform at Ledgerline | SRE", "London",
  ("inv", "Hi Alex, saw the clip of your talk on follow-the-sun on-call. We're ~40 engineers on a single-region rota and it's burning people out. "
          "Could I ask you two or three questions about how you split primary/secondary and whether you pay for on-call? Happy to share our incident stats in return."),
  ("rem",))
P("good_invitation", "de", "Jonas Becker", "Organisator Cloud Native Meetup Köln | Platform Engineer", "Köln",
  ("inv", "Hallo Alex, ich organisiere das Cloud Native Meetup Köln (kostenlos, ca. 80 Leute, Pizza zahlt der Gastgeber). Für Juni suchen wir noch Talks, "
          "euer Blogpost zur Migration von Jenkins auf GitHub Actions wäre perfekt. CFP läuft bis 15.5., kein Sponsoring nötig. Lust?"),
  ("rem",))
P("good_invitation", "fr", "Camille Laurent", "Staff Engineer | mainteneuse de pgsentinel (open source)", "Lyon",
  ("inv", "Bonjour Alex, je maintiens pgsentinel, un petit outil open source qui repère les requêtes lentes sur Postgres. Votre équipe avait ouvert une issue l'an dernier. "
          "On prépare la v2 et j'aimerais l'avis de quelques équipes qui l'utilisent en prod : 20 min de visio ou juste des commentaires sur la RFC. Licence MIT, rien à vendre."),
  ("rem",))
P("good_invitation", "es", "Lucía Navarro", "Junior Full-Stack Developer | recién salida de bootcamp", "Valencia",
  ("inv", "Hola Alex! Acabo de terminar un bootcamp de desarrollo web (12 semanas, React y Node) y busco mi primer trabajo. Leí tu post sobre qué miras en un perfil junior "
          "y me quedó una duda: ¿vale más un proyecto propio grande o varios pequeños? Si tienes 5 minutos para contestarme por aquí te lo agradecería muchísimo 🙏"),
  ("rem",))
P("good_invitation", "it", "Davide Colombo", "Talent Acquisition Lead (in-house) | Orbita Pay", "Milano",
  ("inv", "Ciao Alex, mi occupo del recruiting interno di Orbita Pay, fintech di Milano (circa 300 persone). Cerchiamo un VP Engineering che guidi 5 team, "
          "riporto diretto al CTO, RAL 150-170k più stock, ibrido con 2 giorni in ufficio. Il tuo percorso è molto in linea: posso mandarti la job description? Nessun impegno."),
  ("rem",))
P("good_invitation", "fr", "Marcus Oyelaran", "Senior Engineer | lead organiser, GreenCode Hack Berlin", "Berlin",
  ("inv", "Hey Alex, we're running GreenCode Hack in Berlin on 21-22 June, a free 24h hackathon on carbon-aware software. Looking for 3-4 engineering leaders "
          "as judges and mentors, no fee either way, food and travel covered. Nils from your backend team said you might be up for it?"),
  nl="en")


# =============================================================== default_invitation
P("default_invitation", "fr", "Kevin Moreau", "Développeur Full Stack | React | Node.js", "Nantes", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Fabio Rizzo", "Sviluppatore Python | Django", "Bari", ("inv", NONOTE), ("rem",))
P("default_invitation", "es", "Adrián Molina", "CTO as a Service | Startups", "Alicante", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Ryan Castellano", "Enterprise AE @ TraceHound | Observability for modern teams", "Austin",
  ("inv", "Hi Alex, noticed your team runs a lot of microservices on EKS. Teams like yours usually cut MTTR by ~40% after moving to TraceHound. "
          "Worth a 20-min demo next week? Happy to send a calendar link."),
  ("rem",))
P("sales_invitation", "fr", "Julien Mercier", "CTO à temps partagé | J'aide les scale-ups à structurer leur tech", "Paris",
  ("inv", "Bonjour Alex, j'accompagne des scale-ups SaaS comme CTO à temps partagé : audit d'architecture, organisation des équipes, roadmap. "
          "Beaucoup de heads of engineering font appel à moi quand l'équipe passe les 30 devs. Un échange de 30 min pour voir si je peux vous aider ?"),
  ("rem",))
P("sales_invitation", "es", "Diego Ferrer", "Founder & CEO @ Kubyx (pre-seed) | ex-Google", "Barcelona",
  ("inv", "Hola Alex! Estoy levantando una ronda pre-seed de 600k para Kubyx, FinOps para Kubernetes. Buscamos business angels con perfil técnico como tú, "
          "ticket mínimo 10k. ¿Te mando el deck y buscamos un hueco para una llamada?"),
  ("rem",))
P("sales_invitation", "it", "Chiara Fontana", "Business Development | sviluppo software offshore India & Vietnam", "Torino",
  ("inv", "Buongiorno Alex, siamo una software house con 200 sviluppatori tra India e Vietnam. Possiamo ridurre del 60% i costi del suo team di sviluppo "
          "mantenendo la qualità. Le andrebbe una call conoscitiva di 15 minuti?"))
P("sales_invitation", "en", "Brandon Hale", "Host, The Scale-Up CTO Podcast | Top 2% on Apple Podcasts", "Denver",
  ("inv", "Alex, we'd love to feature you on The Scale-Up CTO Podcast! Guest package (interview, edited clips for LinkedIn, newsletter feature) is $1,950. "
          "Q3 slots are filling up, shall I send the booking link?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Grant Holloway", "Founder, Eng Leaders Circle | ex-VP Eng", "San Francisco",
  ("inv", "Hi Alex, I run Eng Leaders Circle, a private Slack of ~400 heads of engineering and VPs. No vendors, just peers comparing notes on hiring, on-call and reorgs. "
          "Would love to have you in it."),
  ("msg", "Great to have you in the circle, Alex! Quick one: our partner platform gives engineering leaders DORA metrics dashboards out of the box, and with your team size "
          "I think you'd get a lot out of it. Can I book you a 30-minute demo this week?"),
  ("msg", "Hi Alex, bumping this. Circle members get a special rate until the end of the month, happy to walk you through it on a call.", (5, 10)))
P("bait_and_switch_invitation", "de", "Tobias Richter", "Research Lead Developer Productivity | DevEx Insights", "München",
  ("inv", "Hallo Alex, wir machen gerade eine unabhängige Umfrage zur Developer Productivity in deutschen SaaS-Firmen (10 Minuten, anonym). "
          "Alle Teilnehmenden bekommen den Report kostenlos. Hätten Sie Lust mitzumachen?"),
  ("msg", "Danke fürs Mitmachen! Ihre Antworten zeigen, dass Ihr Team viel Zeit in Code Reviews verliert. Genau da setzt unser Tool an, "
          "ich würde es Ihnen gern in 20 Minuten zeigen. Passt Donnerstag um 10?"),
  ("msg", "Hallo Alex, kurze Erinnerung wegen der Demo. Den Report schicke ich Ihnen gern im selben Termin mit.", (4, 9)))
P("bait_and_switch_invitation", "fr", "Sophie Garnier", "Cofondatrice | CTO Club Lyon", "Lyon",
  ("inv", "Bonjour Alex, petite question entre pairs : comment organisez-vous vos entretiens techniques ? Nous revoyons tout notre process de recrutement "
          "et je cherche des retours d'autres responsables tech."),
  ("msg", "Merci beaucoup pour votre réponse détaillée ! En fait, nous avons développé une plateforme d'évaluation technique automatisée qui remplace les entretiens live. "
          "Je peux vous faire une démo et vous offrir le premier mois ?"),
  ("msg", "Bonjour Alex, je reviens vers vous pour la démo. Nous avons une offre de lancement à -30 % jusqu'à fin juin, ce serait dommage de la rater.", (6, 14)))
P("bait_and_switch_invitation", "es", "Marta Iglesias", "Community Manager | Comunidad Líderes Tech España", "Madrid",
  ("inv", "Hola Alex, estamos creando una comunidad gratuita de líderes de ingeniería en España: cenas mensuales, un Slack y charlas sin vendedores. "
          "Nos encantaría contar contigo."),
  ("rem",),
  ("msg", "¡Gracias por unirte! Te cuento que la comunidad la patrocina nuestra consultora de nearshoring en Colombia. Tenemos desarrolladores senior disponibles "
          "desde 35 $/hora, en tu zona horaria. ¿Hablamos esta semana?"))
P("bait_and_switch_invitation", "it", "Alessandro Ricci", "Autore di 'Il manuale dell'Engineering Manager' (guida gratuita)", "Bologna",
  ("inv", "Ciao Alex, ho scritto una guida gratuita sugli 1:1 e sui percorsi di carriera per sviluppatori. La sto condividendo con i responsabili tecnici "
          "della mia rete, ti va di collegarci così te la mando?"),
  ("msg", "Eccola! 📘 A proposito, tengo un percorso di coaching per engineering manager: 8 sessioni a 2.400 €. Ti va una call per capire se fa per te o per i tuoi team lead?"),
  ("msg", "Ciao Alex, hai avuto modo di guardare la proposta di coaching? Le iscrizioni per settembre chiudono venerdì.", (3, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Jared Collins", "Host, Shipping Code podcast", "Chicago",
  ("inm", "Podcast invite: Shipping Code", "Hi Alex, I host Shipping Code, a weekly interview show about how engineering teams actually ship. "
                                          "Loved your post on killing the release train, would you come on as a guest?"),
  ("inm", "Re: Podcast invite", "Thanks for the quick yes, Alex! Before we book the recording: guests cover a production and promotion fee of $1,200, "
                                "which includes clips for your LinkedIn and a feature in our newsletter. Shall I send the invoice with the calendar link?"))
P("bait_and_switch_inmail", "de", "Nadine Krüger", "Analystin | State of DevOps DACH", "Hamburg",
  ("inm", "Kurze Umfrage: Developer Experience 2026", "Hallo Alex, wir befragen 100 Engineering-Leads im DACH-Raum zu Build-Zeiten, Flaky Tests und Onboarding. "
                                                     "8 Fragen, die Ergebnisse teilen wir mit allen. Machen Sie mit?"),
  ("inm", "Ihre Ergebnisse + nächster Schritt", "Danke für Ihre Antworten! Ihr Team liegt bei den Build-Zeiten unter dem Schnitt. Unsere CI-Plattform macht Pipelines "
                                                "im Mittel 3x schneller, ich zeige Ihnen das gern in einer 30-Minuten-Demo."),
  ("inm", "Demo nächste Woche?", "Hallo Alex, nur eine kurze Erinnerung an die Demo. Hätten Sie nächste Woche 30 Minuten?"))
P("bait_and_switch_inmail", "it", "Federica Marino", "Fondatrice | Tech Leaders Italia", "Roma",
  ("inm", "Invito: tavola rotonda CTO a Milano", "Ciao Alex, sto organizzando una tavola rotonda riservata a CTO e head of engineering a Milano il 12 ottobre. "
                                               "Gratuita, a numero chiuso, regola di Chatham House. Ti andrebbe di partecipare?"),
  ("inm", "Tavola rotonda + una proposta", "Grazie della disponibilità! Ti anticipo che l'evento è organizzato dalla nostra agenzia di staff augmentation: "
                                           "possiamo inserire sviluppatori senior nel tuo team in 10 giorni. Ti mando le tariffe prima dell'evento?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kevin Doyle", "DevOps Engineer | AWS | Kubernetes | Open to work", "Dublin",
  ("end",), ("end",),
  ("msg", "Hey Alex! Endorsed you for {skill} and a couple of others 👍 Could you endorse me back for Kubernetes and Terraform? "
          "I'm job hunting and recruiters filter on that stuff. Cheers"))
P("endorse_me_back", "de", "Stefan Maier", "Senior Backend Developer | Java | Spring", "Nürnberg",
  ("end",),
  ("msg", "Hallo Alex, ich hab dich gerade für {skill} bestätigt. Wärst du so nett und bestätigst mich für Java und Spring Boot? Eine Hand wäscht die andere 😉"))
P("endorse_me_back", "fr", "Nicolas Petit", "Consultant Kubernetes & Cloud | CKA", "Toulouse",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill}. Si tu as deux minutes, une recommandation en retour pour Kubernetes m'aiderait beaucoup "
          "pour décrocher des missions en freelance. Merci d'avance !"))
P("endorse_me_back", "it", "Matteo Greco", "SRE | Google Cloud | Kubernetes", "Firenze",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill}, meritatissimo. Se ti va di ricambiare con Kubernetes e Terraform te ne sarei davvero grato 🙏"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brett Sawyer", "CEO @ DevForce Staffing | We place senior engineers in 10 days", "Phoenix",
  ("inv", "Alex, let's connect. I place senior engineers fast, thought you'd want to know."),
  ("rem",),
  ("inm", "Too good to reply?", "Invited you, reminded you, nothing. Typical arrogant engineer attitude. You people think you're above everyone until you need to hire. "
                                "Good luck filling those roles on your own."))
P("hostility_after_decline", "de", "Ralf Hartmann", "Geschäftsführer | IT-Personalberatung", "Düsseldorf",
  ("inv", DEFAULT),
  ("inm", "Ihre fehlende Rückmeldung", "Hallo Alex, ich muss schon sagen: eine Kontaktanfrage wochenlang zu ignorieren ist kein professioneller Umgang. "
                                       "Gerade von einer Führungskraft hätte ich mehr Anstand erwartet. Mit freundlichen Grüßen, R. Hartmann"))
P("hostility_after_decline", "fr", "Thierry Lambert", "Fractional CTO | Conférencier", "Marseille",
  ("inv", "Bonjour Alex, échangeons entre dirigeants tech."),
  ("rem",),
  ("inm", "Sans réponse", "Alex, je constate que vous n'avez pas jugé utile de répondre à mon invitation. C'est dommage, et franchement assez méprisant. "
                          "Les ingénieurs qui se croient au-dessus des autres finissent souvent seuls. Bonne continuation."))
P("hostility_after_decline", "es", "Raúl Gómez", "Tech Recruiter freelance", "Sevilla",
  ("inv", NONOTE), ("rem",),
  ("inm", "¿En serio?", "Alex, ni aceptas ni contestas. Qué falta de educación. Luego os quejáis de que no encontráis desarrolladores, con esa actitud no me extraña nada."))
P("hostility_after_decline", "it", "Lorenzo Conti", "Founder | assistente AI per i test", "Napoli",
  ("inv", "Ciao Alex, mi piacerebbe mostrarti come il nostro assistente AI scrive i test unitari al posto del tuo team."),
  ("inm", "Grazie lo stesso", "Ciao Alex, vedo che non hai accettato. Nessun problema eh, immagino che chi dirige un team di ingegneri abbia cose ben più importanti "
                              "che rispondere ai comuni mortali. Complimenti per l'umiltà 👏"))
P("hostility_after_decline", "es", "Cody Jensen", "Growth | Dev tools | ex-founder", "Austin",
  ("inv", DEFAULT),
  ("inm", "ok then", "lol ok, ignored. guess a head of engineering title means you don't talk to peasants anymore. your loss tbh"),
  nl="en")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Gavin Price", "Partner | Offshore engineering squads (Ukraine, Vietnam)", "Leeds",
  ("acc",),
  ("msg", "Thanks for connecting Alex! We build dedicated offshore squads, 5 engineers + a lead for the price of two London hires. Open to a 20-min intro?"),
  ("msg", "Alex, I've now messaged you three times. A simple 'no thanks' costs nothing. Frankly it's this kind of disrespect that gives engineering managers a bad name."))
P("hostility_connection", "de", "Heiko Schulz", "Vertrieb | Cloud-Kostenoptimierung", "Frankfurt am Main",
  ("msg", "Hallo Alex, danke für die Vernetzung! Wir senken AWS-Rechnungen bei SaaS-Firmen im Schnitt um 30 %. Hätten Sie Zeit für einen kurzen Call?"),
  ("msg", "Hallo Alex, ich melde mich noch einmal wegen der Cloud-Kosten. Gern schicke ich eine Beispielanalyse."),
  ("msg", "Wissen Sie was, dann eben nicht. Erst vernetzen und dann nicht mal antworten, das ist schlicht unhöflich. Ich hätte von einem Head of Engineering mehr erwartet."))
P("hostility_connection", "es", "Andrea Molina", "Consultora DevOps freelance", "Zaragoza",
  ("msg", "Hola Alex, ¿necesitáis ayuda con la migración a Kubernetes? Hago proyectos cerrados desde 8.000 €, te paso referencias si quieres."),
  ("msg", "Vale, veo que has leído mi mensaje y no respondes. Muy profesional por tu parte, sí señor. Así va el sector."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Olivia Grant", "Account Director @ ScanShield | AppSec", "Milano",
  ("msg", "Hi Alex, hope all's well! ScanShield now does SAST, SCA and secrets scanning in one pipeline step. Want me to set up a free trial on your repos and a 30-min walkthrough?"),
  ("msg", "Hi Alex, following up: we just onboarded a SaaS team your size, happy to share how they halved triage time. 15 minutes Thursday?"),
  ("msg", "Last try Alex 🙂 If AppSec isn't a priority this quarter, who on your team should I talk to?"),
  nl="en")
P("connection_only_pitches", "fr", "Antoine Rousseau", "Directeur commercial | ESN nearshore au Maroc", "Rabat",
  ("msg", "Bonjour Alex, nous avons 12 développeurs React/Node disponibles immédiatement à Casablanca, à 290 € HT/jour. Je vous envoie les CV ?"),
  ("msg", "Bonjour Alex, deux profils seniors viennent de se libérer, je vous les réserve jusqu'à vendredi si vous voulez."))
P("connection_only_pitches", "it", "Simone Galli", "Cloud FinOps Advisor", "Milano",
  ("msg", "Ciao Alex, con il nostro strumento FinOps i clienti SaaS tagliano la bolletta cloud del 25% in 60 giorni. Ti va una demo?"),
  ("msg", "Ciao Alex, ti giro un caso studio di un'azienda simile alla tua. Fissiamo 20 minuti la prossima settimana?"))
P("connection_only_pitches", "de", "Markus Lehmann", "Account Executive | KI-Coding-Assistent", "Berlin",
  ("msg", "Hallo Alex, bei unseren Kunden schreibt unser KI-Assistent inzwischen rund 35 % des Codes. Pilot für 10 Entwickler ist kostenlos, danach 39 € pro Nutzer. "
          "Sollen wir einen Termin machen?"),
  ("msg", "Hi Alex, kurze Erinnerung an den Pilot, wir haben im April noch drei Plätze."),
  ("msg", "Hallo Alex, letzter Versuch: soll ich lieber direkt Ihren CTO ansprechen?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Carlos Ruiz", "Socio | Consultora de QA y testing", "Madrid",
  ("msg", "Hola Alex, ¿tenéis cubierto el testing automatizado? Montamos equipos de QA en dos semanas. ¿Te paso una propuesta?"))
P("single_pitch", "en", "Aisha Khan", "Founder | Embedded tech recruitment (RPO)", "Manchester",
  ("msg", "Hi Alex, we run embedded recruitment for scale-ups: our recruiters sit in your Slack and fill engineering roles for a flat £4,500 per hire. Worth a chat?"))
P("single_pitch", "it", "Paolo Ferri", "Co-founder | piattaforma di feature flag", "Padova",
  ("msg", "Ciao Alex, ho visto che state rilasciando più spesso. La nostra piattaforma di feature flag costa la metà dei concorrenti americani, posso mandarti un'offerta?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Ben Adeyemi", "VP Engineering @ Parcelry", "Amsterdam",
  ("end",),
  ("msg", "Alex, thanks again for the chat about hiring loops. As promised, here's our full interview rubric for senior backend: scorecards, calibration notes, "
          "the questions we dropped and why. Steal whatever's useful."),
  nl="en")
P("connection_brings_value", "de", "Julia Neumann", "Engineering Managerin | Women in Tech Meetup Hamburg", "Hamburg",
  ("msg", "Hallo Alex, am 3. Juli hosten wir bei uns im Büro den Women in Tech Meetup zum Thema Staff-Engineer-Rollen. Kostenlos und offen für alle. "
          "Falls aus deinem Team jemand Lust hat, hier ist der Anmeldelink."),
  ("msg", "Danke, dass drei Leute von euch da waren! Slides und Aufzeichnung sind jetzt online, der Link ist derselbe wie oben."))
P("connection_brings_value", "fr", "Élodie Fabre", "Staff Engineer | contributrice Kubernetes", "Nantes",
  ("msg", "Salut Alex, question rapide : vous aviez migré de Postgres 12 à 16 sans interruption, non ? On s'y met le mois prochain. Réplication logique ou pg_upgrade ? "
          "Je te partagerai notre runbook en retour."),
  ("msg", "Merci, super utile ! Voici notre runbook comme promis, avec les deux pièges qu'on a rencontrés sur les séquences."))
P("connection_brings_value", "es", "Javier Ortega", "CTO @ Rutea", "Barcelona",
  ("end",),
  ("msg", "Hola Alex, te presento a Irene Soler: lideró la migración a event sourcing en su empresa y quería hablar con alguien que hubiera pasado por lo mismo. "
          "Le he dado tu nombre, espero que no te importe. Es muy buena, merece la pena."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Emily Carter", "Senior Technical Recruiter (in-house) at Northwind Health", "Toronto",
  ("inm", "Director of Engineering, Platform - Northwind Health",
   "Hi Alex, I'm the in-house recruiter for Northwind Health's platform org. We're hiring a Director of Engineering to lead 4 teams (~35 engineers) through our move "
   "to a multi-tenant architecture. Remote in EU time zones, base €170-190k plus equity. Your background scaling SaaS teams fits the brief closely. "
   "Open to a 20-minute call? If the timing's wrong, no worries at all."))
P("stranger_inmail_recruiter", "de", "Katrin Vogt", "Talent Acquisition Partnerin | Solvent AG", "Stuttgart",
  ("inm", "Head of Engineering (m/w/d) bei Solvent AG",
   "Hallo Alex, wir suchen für unser SaaS-Produkt eine:n Head of Engineering: 45 Entwickler:innen in 6 Teams, remote-first mit Büro in Stuttgart, "
   "Berichtslinie an die Geschäftsführung, 140-160 T€ plus Bonus. Ihr Profil passt sehr gut. Hätten Sie Lust auf ein vertrauliches Gespräch?"))
P("stranger_inmail_recruiter", "fr", "Mathieu Roux", "Recruteur tech | cabinet Hallmark Search", "Lyon",
  ("inm", "VP Engineering - éditeur SaaS B2B à Lyon (confidentiel)",
   "Bonjour Alex, je recrute pour un client, éditeur SaaS B2B lyonnais (200 personnes, rentable), son VP Engineering. Périmètre : 50 personnes, 7 squads, "
   "la plateforme data en chantier. Package 150-170 k€ + BSPCE. Je peux vous en dire plus au téléphone, en toute discrétion."))
P("stranger_inmail_recruiter", "it", "Sara Lombardi", "HR Business Partner | Tessaly", "Milano",
  ("inm", "Engineering Director - Tessaly",
   "Ciao Alex, in Tessaly stiamo cercando un Engineering Director per la nostra piattaforma SaaS (60 ingegneri, Milano + remoto). Il ruolo riporta al CTO "
   "e guida la transizione a un'architettura a microservizi. Ti andrebbe una chiacchierata conoscitiva?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Derek Mason", "Enterprise Sales @ CloudTrim", "Seattle",
  ("inm", "Your AWS bill", "Hi Alex, quick question: do you know what % of your AWS spend is idle? Most SaaS companies your size waste 30%+. "
                           "CloudTrim finds it in 48 hours. Open to a 15-min call?"),
  ("inm", "Re: Your AWS bill", "Alex, following up. Happy to run a free savings report, all we need is read-only access. Does Tuesday work?"))
P("stranger_inmail_sales", "es", "Valeria Castro", "Staff Augmentation | Desarrolladores en LatAm", "Bogotá",
  ("inm", "Desarrolladores senior en tu zona horaria", "Hola Alex, ¿necesitas ampliar tu equipo? Tenemos más de 500 desarrolladores en LatAm, desde 40 USD/h, "
                                                       "listos en dos semanas. ¿Agendamos 20 minutos?"),
  ("inm", "Re: Desarrolladores senior en tu zona horaria", "Hola de nuevo Alex, te comparto tres perfiles senior de React disponibles este mes. ¿Te viene bien el jueves?"))
P("stranger_inmail_sales", "de", "Florian Beck", "Founder @ Deploymate (pre-seed)", "München",
  ("inm", "Angel-Runde Deploymate", "Hallo Alex, wir bauen Deploymate, Preview-Umgebungen für jeden Pull Request, und schließen gerade unsere Pre-Seed-Runde. "
                                    "Wir suchen Business Angels mit Engineering-Hintergrund, Tickets ab 25 T€. Darf ich Ihnen das Deck schicken?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Rachel Kim", "Organiser, London Platform Engineering Meetup", "London",
  ("inv", "Hi Alex, I organise the London Platform Engineering meetup (free, monthly, ~120 people). We'd love a talk from your team about your internal developer platform. "
          "Up for connecting?"),
  ("msg", "Thanks so much for the talk last night, Alex! Video and slides are up, and the feedback forms were glowing."),
  ("msg", "Hey Alex, separate thing: I've just joined PlatformKit as Head of Partnerships. Given your IDP work I think our product would save your team months. "
          "Could I get you on a demo with our CTO next week?"))
P("good_turns_ugly", "de", "Philipp Braun", "Open-Source-Maintainer (kubeshift) | Freelancer", "Leipzig",
  ("inv", "Hallo Alex, ich pflege kubeshift, ein Open-Source-Tool für Kubernetes-Migrationen, und suche Leute aus der Praxis für Feedback zur Roadmap. "
          "Contributors sind auch sehr willkommen. Lust, sich zu vernetzen?"),
  ("msg", "Danke für dein Feedback zur Roadmap, sehr hilfreich! Deine Anregung zu den Helm-Charts ist in 0.9 drin."),
  ("end",),
  ("msg", "Hi Alex, hab dich eben für {skill} bestätigt. Kannst du mich im Gegenzug für Kubernetes und Go bestätigen? Hilft mir bei Freelance-Anfragen."))
P("good_turns_ugly", "it", "Giorgio Santoro", "Engineering Manager | mentor per bootcamp", "Torino",
  ("inv", "Ciao Alex, domanda tra colleghi: come gestite il passaggio da monolite a servizi senza fermare le feature? Noi siamo a metà e ti confronterei volentieri "
          "la nostra strategia, ti giro anche i nostri ADR."),
  ("msg", "Grazie per la call! Come promesso ti mando i nostri ADR e la checklist per lo strangler pattern."),
  ("msg", "Ciao Alex, ti aggiorno: ho aperto una società di consulenza. Facciamo audit DevOps completi in due settimane a 6.000 €. "
          "Visto quello che mi hai raccontato, potrei mandarti una proposta?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Jason Miller", "SDR @ BuildPulse CI", "Denver",
  ("inm", "Faster builds for your team?", "Hi Alex, saw you're hiring backend engineers. BuildPulse cuts CI times in half for teams on GitHub Actions. "
                                          "Could I grab 15 minutes to show you?"),
  ("inv", "Hi Alex, really enjoyed your post on flaky tests. Would love to connect and keep following your writing."),
  nl="en")
P("reinvite_known_bad", "fr", "Laura Blanc", "Business Developer | ESN", "Lille",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, je suis vos posts sur l'observabilité depuis un moment, ce serait un plaisir de rejoindre votre réseau."),
  ("rem",))
P("reinvite_known_bad", "es", "Fernando Vidal", "Fractional CTO | Arquitectura cloud", "Málaga",
  ("inv", "Hola Alex, ofrezco servicios de CTO fraccional a empresas SaaS: auditoría técnica, hoja de ruta y contratación. ¿Te cuento cómo trabajo en una llamada?"),
  ("inv", "Hola Alex, organizo un meetup gratuito de arquitectura de software en Málaga, el próximo es sobre monolitos modulares. ¿Te apuntas?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Uwe Krämer", "IT-Recruiter | Personalvermittlung", "Essen",
  ("inm", "Keine Antwort?", "Alex, ich habe Ihnen zwei Nachrichten zu einer Top-Position geschrieben und nicht einmal ein Nein bekommen. Arroganz pur. "
                            "So geht man nicht mit Menschen um."),
  ("inv", "Hallo Alex, neues Jahr, neuer Versuch, ich würde mich gern mit Ihnen vernetzen."))
P("reinvite_known_ugly", "it", "Roberta Esposito", "Community Lead | Engineering Leaders Italia", "Napoli",
  ("inm", "Community Engineering Leaders Italia", "Ciao Alex, stiamo creando una community gratuita di engineering manager e CTO in Italia: un incontro online al mese, "
                                                  "niente venditori. Ti va di unirti?"),
  ("inm", "Una proposta per il tuo team", "Grazie per l'interesse! Ti segnalo che la community è promossa dalla nostra software house: possiamo affiancare al tuo team "
                                          "sviluppatori full-stack a 45 €/ora. Ti mando il listino?"),
  ("inv", "Ciao Alex, ti andrebbe di collegarci qui su LinkedIn?"))
P("reinvite_known_ugly", "en", "Connor Walsh", "Sales Director | Dev tooling", "Boston",
  ("inv", "Hi Alex, would love to connect with a fellow tech leader."),
  ("inm", "Noted", "Alex, you left my invite hanging for a month. Not a great look for someone who claims to 'build people'. Maybe get off your high horse."),
  ("inv", "Hey Alex, clean slate? Would be good to be connected.", (100, 180)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Anja Schmitt", "Account Managerin | Observability-Plattform", "Köln",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Kleine Frage: Wie zufrieden sind Sie mit Ihrem aktuellen Monitoring? Wir bieten Logs, Traces und Metriken zum Festpreis, "
          "gern zeige ich es Ihnen in einer kurzen Demo."))
P("user_invited_pitch_once", "en", "Tom Fletcher", "Founder | Dev shop in Poland & Portugal", "Bristol",
  ("acc",),
  ("msg", "Cheers for the invite Alex! In case it's useful, we staff full product teams out of Kraków and Porto, usually live within 3 weeks. Fancy a quick call?"))
P("user_invited_pitch_once", "es", "Nuria Pascual", "Account Executive | Plataforma de formación para developers", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Aprovecho para contarte que nuestra plataforma tiene rutas de formación en cloud y seguridad para equipos de desarrollo. "
          "¿Te preparo una propuesta para tu equipo?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Romain Dupuis", "Fractional CTO & conseil en architecture", "Bordeaux",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Si un jour vous avez besoin d'un regard extérieur sur l'architecture ou d'un CTO de transition, c'est mon métier. "
          "Un café visio de 30 min ?"),
  ("msg", "Bonjour Alex, je me permets de relancer : j'ai un créneau qui se libère en mai pour une mission d'audit. Intéressé ?", (5, 12)))
P("user_invited_pitch_twice", "it", "Elisa Marchetti", "Sales | piattaforma di monitoraggio errori", "Bologna",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Ti presento la nostra piattaforma di error tracking, alternativa europea e conforme GDPR. Ti va una demo?"),
  ("msg", "Ciao Alex, ti riscrivo perché questo mese abbiamo il 20% di sconto sul piano annuale. Posso mandarti un preventivo?"))
P("user_invited_pitch_twice", "en", "Nate Sullivan", "Partner | SOC 2 in 8 weeks", "New York",
  ("acc",),
  ("msg", "Thanks for connecting Alex! Are enterprise deals asking you for SOC 2 yet? We get SaaS teams audit-ready in 8 weeks, fixed fee. Worth a call?"),
  ("msg", "Hi Alex, circling back on SOC 2. We have a cohort starting next month, can I send the pricing sheet?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Ingrid Larsen", "Director of Engineering | on-call & incident management", "Oslo",
  ("acc",),
  ("msg", "Thanks for reaching out Alex! On your question about on-call pay: we do a flat weekly stipend plus time off after any night page. "
          "Here's our incident review template too, no strings. Happy to do a call if it helps."))
P("user_invited_value", "es", "Marina Torres", "Data Engineer | organizadora PyDay Valencia", "Valencia",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Como te comenté, el CFP de PyDay Valencia está abierto hasta el 30 de abril. Es gratis, comunitario, y nos encantaría "
          "una charla de alguien de tu equipo sobre testing de pipelines de datos."))
P("user_invited_value", "de", "Lukas Fischer", "Engineering Manager | ehemals Kollege bei Veltra", "Berlin",
  ("acc",),
  ("msg", "Hey Alex, schön, dass wir hier verbunden sind! Du hattest nach unserem Hiring-Loop gefragt: Ich hab dir unseren Ablauf mit den Take-Home-Aufgaben "
          "und der Bewertungsmatrix in ein Doc gepackt. Frag gern nach, wenn was unklar ist."),
  ("msg", "PS: Unsere Recruiterin meinte, das Pairing-Interview war für Kandidaten das beliebteste Element, falls ihr nur eins übernehmt."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Claire Moreau", "CTO | SaaS RH", "Paris", ("acc",))
P("acceptance_only", "it", "Andrea Bassi", "Principal Engineer | Pagamenti", "Milano", ("acc",))
P("lone_endorsement", "es", "Iván Herrera", "Backend Developer | Go", "Granada", ("end",))
P("lone_endorsement", "de", "Sven Otto", "DevOps Engineer", "Dresden", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Nils Brandt", "nils.brandt@example.com", "GreenCode Hack judges",
     "Hi Alex,\n\nMarcus from GreenCode Hack will ping you on LinkedIn about judging. Legit, I did it last year, it's fun.\n\nNils", "en"),
    ("Greenhouse", "no-reply@greenhouse.example", "New application: Senior Backend Engineer (source: LinkedIn)",
     "A new candidate applied to Senior Backend Engineer via LinkedIn Jobs. Review the application in Greenhouse.", "en"),
    ("Meetup", "info@meetup.example", "Cloud Native Köln: neues Event am 18. Juni",
     "Hallo Alex,\n\ndie Gruppe Cloud Native Köln hat ein neues Event angelegt. Teilen Sie es gern auf LinkedIn.", "de"),
    ("GitHub", "notifications@github.example", "[pgsentinel/pgsentinel] RFC: v2 query sampling (#412)",
     "camille-laurent commented:\n\nCross-posting from LinkedIn: would love feedback from teams running this in production.", "en"),
    ("Devoxx France", "cfp@devoxx.example.fr", "Votre proposition de talk a été acceptée",
     "Bonjour Alex,\n\nVotre talk « Tuer le release train » a été accepté. N'hésitez pas à l'annoncer sur LinkedIn avec le visuel joint.", "fr"),
    ("Recursos Humanos", "rrhh@empresa.example.es", "Oferta publicada en LinkedIn",
     "Hola Alex,\n\nya está publicada en LinkedIn la oferta de Engineering Manager. Te pasamos los candidatos cada viernes.", "es"),
    ("Marco Villa", "marco.villa@example.it", "Fwd: invito su LinkedIn",
     "Ciao Alex,\n\nmi è arrivato anche a me l'invito di quella software house offshore su LinkedIn, ti inoltro il testo. Io ho ignorato.\n\nMarco", "it"),
    ("StackScale Nearshore", "hello@stackscale.example", "Alex, 8 senior devs ready next week",
     "Hi Alex,\n\nWe found you on LinkedIn. Our nearshore developers in Lisbon are available next week at €45/h. Reply YES for profiles.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot tenth development corpus (dev10). Generated by scripts/make_corpus_dev10.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of software engineering at a SaaS company: tech recruiters, dev-tool and cloud vendors, nearshore shops, meetups and CFPs, "
          "OSS maintainers, engineering peers, podcasts, angel asks. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev10", SEED, PEOPLE, FOREIGN, spoofs=8, other=8, header=HEADER)
