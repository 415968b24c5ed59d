#!/usr/bin/env python3
"""Write mailbot's development corpus dev180: tests/corpus/dev180/*.eml + expected.toml.

The angle: an ordinary two months (September and October 2024) of the user Alex, head of
marketing at Velluto, a fashion e-commerce startup in Milan. Influencer and talent agencies,
ad-tech, SEO and performance sellers, photographers, stylists and models asking for work, fake
brand-collaboration scams, marketing peers sharing campaign results, free and paid event
invitations (Fashion Week side events, e-commerce summits), a rude agency after a rejected
pitch, recruiters with real roles. Italian and English mostly, some French, Spanish and German.
Every scenario of the taxonomy.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; skills, jobs, headlines, spoof pitches and other-mail titles are
swapped in this process only. Notes written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev180.py              # writes tests/corpus/dev180
    python scripts/make_corpus_dev180.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20240918

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2024, 9, 2, 7, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2024, 10, 31, 19, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 10), "inm": (3, 9), "inv": (20, 28)})


def _window(steps) -> tuple[datetime, datetime]:
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a fashion e-commerce startup in Milan (this process only)
RHEADLINE = {
    "it": "Head of Marketing | Velluto – moda sostenibile online",
    "en": "Head of Marketing at Velluto | Fashion e-commerce",
    "de": "Head of Marketing | Velluto, Mode-E-Commerce aus Mailand",
    "es": "Head of Marketing en Velluto | E-commerce de moda",
    "fr": "Head of Marketing chez Velluto | E-commerce mode",
}
SKILLS = {
    "it": ["Digital marketing", "Brand management", "Influencer marketing", "E-commerce", "Social media marketing", "Strategia di marca"],
    "en": ["Digital Marketing", "Brand Management", "Influencer Marketing", "E-commerce", "Performance Marketing", "Content Strategy"],
    "de": ["Digitales Marketing", "Markenführung", "Influencer-Marketing", "E-Commerce"],
    "es": ["Marketing digital", "Gestión de marca", "Marketing de influencers", "Comercio electrónico"],
    "fr": ["Marketing digital", "Gestion de marque", "Marketing d'influence", "E-commerce"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.LANGS[:] = ["it", "en", "it", "fr", "es", "de"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--linkedn-dza.com", "untrusted:mx.example.org",
                       "nodkim", "display:outlook.com", "buried", "lookalike:linkedinmail.net", "wrongpass"]
mc.JOBS[:] = [("Head of Growth – Fashion", "Zalando"), ("Marketing Director Italia", "Yoox Net-a-Porter"),
              ("Brand Marketing Manager (m/w/d)", "About You"), ("CRM & Retention Lead", "Vestiaire Collective"),
              ("Directora de Marketing Digital", "Mango")]
mc.COMPANIES["good"] = ["Yoox Net-a-Porter", "Camera Nazionale della Moda", "Politecnico di Milano", "Vestiaire Collective", "Zalando",
                        "Istituto Marangoni", "Vogue Italia", "Depop"]
mc.COMPANIES["sales"] = ["InfluCast Agency", "AdPulse DSP", "RankUp SEO", "LeadMagnet Italia", "ShootFast Studio", "PopUp Events Srl"]
mc.HEADLINES["good"] = ["Brand Manager at {co}", "Head of CRM | {co}", "E-commerce Manager presso {co}", "Fashion marketing lecturer, {co}",
                        "Social media lead | {co}"]
mc.HEADLINES["sales"] = ["Account Director | {co}", "Business Development Manager at {co}", "Founder @ {co}", "Partnership Manager | {co}",
                         "Growth consultant | {co}"]
SPOOF_PITCH = {
    "it": ["Ciao {first}, ti ho condiviso il media kit della collaborazione. Accedi per scaricarlo.",
           "Gentile {first}, la sua pagina aziendale viola le linee guida sui marchi. Verifichi l'account entro 24 ore."],
    "en": ["Hi {first}, I shared the brand collaboration brief with you. Sign in to view the document.",
           "Dear {first}, your Company Page has been reported for trademark infringement. Verify your account to avoid suspension."],
    "de": ["Hallo {first}, ich habe Ihnen das Kooperations-Briefing freigegeben. Bitte hier anmelden.",
           "Sehr geehrte/r {first}, Ihre Unternehmensseite wurde gemeldet. Bitte bestätigen Sie Ihr Konto."],
    "es": ["Hola {first}, te he compartido la propuesta de colaboración. Inicia sesión para verla.",
           "Estimado/a {first}, su página de empresa ha sido denunciada. Verifique su cuenta en 24 horas."],
    "fr": ["Bonjour {first}, je vous ai partagé le brief de collaboration. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre page entreprise a été signalée. Vérifiez votre compte sous 24 heures."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "it": dict(job=("{n} nuove offerte per «head of marketing»", "Marketing Manager moda – {n} nuove offerte"),
               news="Saldi anticipati: la moda online rincorre gli sconti", group="Conversazioni principali in Fashion E-commerce Italia",
               newsletter="Retail Therapy: cosa abbiamo imparato dalla Milano Fashion Week"),
    "en": dict(job=("{n} new jobs for \"head of brand\"", "Marketing Director – {n} new jobs"),
               news="Is the resale boom slowing down?", group="Top conversations in DTC Fashion Marketers",
               newsletter="The Checkout: returns are eating your margin"),
    "de": dict(job=("{n} neue Jobs für „Head of Marketing“", "Brand Lead Fashion – {n} neue Jobs"),
               news="Retourenquote: Warum Modehändler umdenken", group="Top-Unterhaltungen in E-Commerce DACH",
               newsletter="Commerce Weekly: Social Shopping im Herbst"),
    "es": dict(job=("{n} empleos nuevos de «marketing moda»", "Head of Marketing – {n} empleos nuevos"),
               news="La moda de segunda mano gana terreno", group="Conversaciones destacadas en Marketing de Moda",
               newsletter="Moda y datos: la temporada de otoño"),
    "fr": dict(job=("{n} nouvelles offres pour « responsable marketing mode »", "Directeur marketing – {n} nouvelles offres"),
               news="Mode en ligne : la fin des retours gratuits ?", group="Meilleures discussions dans Marketing Mode & Luxe",
               newsletter="La Lettre du Retail : rentrée 2024"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Martina Colombo", "Brand Manager | Ortica Knitwear", "Milano",
  ("inv", "Ciao Alex! Sono Martina, marketing di Ortica (maglieria, siamo a due isolati da voi in Isola). Organizziamo un aperitivo tra brand DTC milanesi "
          "il 3 ottobre, niente agenzie, solo chi ci lavora. Si parla di resi e di TikTok Shop. Ti aspetto!"),
  ("rem",))
P("good_invitation", "en", "Priya Raman", "Head of CRM | Depop", "London",
  ("inv", "Hi Alex, loved your talk at Netcomm on the post-purchase emails. We ran a very similar test on size-guide nudges and cut returns by 9% - "
          "happy to share the deck and what didn't work. Would be good to compare notes."))
P("sales_invitation", "it", "Davide Sironi", "Fotografo di moda e still life", "Milano",
  ("inv", "Buongiorno, sono un fotografo still life, lavoro con piccoli brand di accessori. Ho visto le vostre campagne di settembre, molto belle. "
          "Se cercate un fotografo per le prossime stagioni le lascio il mio portfolio: davidesironi.it"),
  ("rem",))
P("good_invitation", "fr", "Camille Dufresne", "Responsable partenariats | Institut Français de la Mode", "Paris",
  ("inv", "Bonjour Alex, l'IFM organise le 17 octobre une matinée gratuite sur la mode circulaire et le marketing, avec des marques comme la vôtre. "
          "J'aimerais vous y inviter, et pourquoi pas vous proposer d'intervenir 10 minutes."))
P("good_invitation", "es", "Lucía Navarro", "Estudiante de Máster en Fashion Marketing | ISEM", "Madrid",
  ("inv", "Hola Alex! Estoy escribiendo mi TFM sobre marcas de moda sostenible online en Italia y Velluto es uno de mis casos. ¿Podría hacerte 5 preguntas "
          "por escrito? Te comparto el trabajo terminado, claro."))
P("good_invitation", "it", "Giorgia Fumagalli", "Modella | Agenzia Elite Milano", "Milano",
  ("inv", "Ciao Alex, sono Giorgia, ho posato per il vostro lookbook primavera. Nel backstage ho fatto un sacco di video verticali carini: "
          "se vi servono per i reel ve li regalo, mi basta un tag 💛"))
P("good_invitation", "en", "Tom Becker", "Recruiter, Marketing & Brand | Zalando", "Berlin",
  ("inv", "Hi Alex - I'm hiring a Senior Brand Marketing Manager for our Milan hub (hybrid, reporting to the Italy country lead). Your Velluto launch "
          "work is exactly the profile. Open to a quick chat? No worries if not."),
  ("rem",))
P("good_invitation", "de", "Katrin Vogel", "Head of E-Commerce | Manufactum", "Essen",
  ("inv", "Hallo Alex, wir haben auf der K5 kurz über Retourenquoten gesprochen. Ich hatte Ihnen unseren Benchmark zu Größenberatern versprochen – "
          "vernetzen wir uns, dann schicke ich ihn."))


# =============================================================== default_invitation
P("default_invitation", "it", "Roberto Galli", "Imprenditore", "Monza", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Ashley Grant", "Marketing | Growth | E-commerce", "Manchester", ("inv", NONOTE))
P("default_invitation", "it", "Chiara Bassi", "Social media manager freelance", "Bergamo", ("inv", DEFAULT))
P("default_invitation", "es", "Jorge Salinas", "Consultor de marketing", "Valencia", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Luca Mazzoleni", "Account Director | InfluCast Agency", "Milano",
  ("inv", "Ciao Alex, gestiamo 400+ creator moda e lifestyle tra IG e TikTok. Per il Q4 possiamo costruirvi una campagna chiavi in mano con ROI garantito. "
          "Ti mando il media kit e fissiamo 20 minuti?"))
P("sales_invitation", "en", "Ryan Mitchell", "SEO Consultant | RankUp SEO", "Dublin",
  ("inv", "Hey Alex, ran a quick audit on velluto.it - 212 broken links and your category pages are missing schema. We fix this for fashion stores "
          "on a fixed monthly fee. Want the free report on a call?"))
P("sales_invitation", "de", "Florian Maier", "Sales Director EMEA | AdPulse DSP", "München",
  ("inv", "Hallo Alex, wir helfen Modemarken, Programmatic-Budgets effizienter einzusetzen – im Schnitt 30 % niedrigerer CPA. "
          "Hätten Sie nächste Woche Zeit für eine kurze Demo?"),
  ("rem",))
P("sales_invitation", "it", "Serena Parodi", "Event manager | PopUp Events Srl", "Milano",
  ("inv", "Buongiorno! Durante la Fashion Week organizziamo un temporary showroom in via Tortona: stand da 4.500 € per 4 giorni, visibilità su buyer e stampa. "
          "Posso inviarle il listino?"))
P("sales_invitation", "fr", "Julien Moreau", "Fondateur | LeadBoost – prospection B2B", "Lyon",
  ("inv", "Bonjour Alex, j'aide les marques e-commerce à trouver des revendeurs multimarques grâce à l'automatisation LinkedIn. 20 rendez-vous qualifiés "
          "par mois ou remboursé. On en discute ?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Alessio Ferri", "Founder | Fashion Marketers Milano (community)", "Milano",
  ("inv", "Ciao Alex, sto mettendo su un gruppo di marketing manager del fashion a Milano: una cena al mese, si condividono numeri veri, "
          "niente venditori. Ti va di entrare?"),
  ("msg", "Ciao Alex, grazie! Prima della cena ti presento la mia agenzia: facciamo paid social per brand moda, fee mensile da 3.000 €. "
          "Ti faccio vedere i case study in una call?"),
  ("msg", "Ehi Alex, ti ho tenuto uno slot per la call di giovedì. Abbiamo un'offerta di lancio per i membri del gruppo, -20% sui primi tre mesi."))
P("bait_and_switch_invitation", "en", "Sophie Turner", "Community Lead | DTC Women in Fashion", "London",
  ("inv", "Hi Alex! We're a free peer circle of women leading marketing at fashion startups - monthly calls, shared benchmarks. Would love to have you."),
  ("msg", "So glad you joined! Quick one: I also run a UGC production studio. We can deliver 30 creator videos a month for £2,900. "
          "Shall I send a sample reel and book a slot?"))
P("bait_and_switch_invitation", "es", "Marcos Gil", "Growth Advisor | Fashion & Retail", "Barcelona",
  ("inv", "Hola Alex, vi tu post sobre el coste de adquisición en moda y tengo una duda: ¿cómo medís la atribución entre Meta y Google sin cookies? "
          "Estoy investigando el tema."),
  ("msg", "¡Gracias por aceptar! Precisamente por eso te escribía: nuestra herramienta de atribución resuelve justo ese problema. "
          "¿Te hago una demo de 30 minutos esta semana?"))
P("bait_and_switch_invitation", "it", "Elena Ricci", "Consulente | Guida gratuita al marketing sostenibile", "Torino",
  ("inv", "Buongiorno Alex, ho scritto una guida gratuita sul greenwashing nelle campagne moda dopo la nuova direttiva UE. Se ti interessa te la mando, "
          "la sto condividendo con i responsabili marketing del settore."),
  ("msg", "Ecco la guida! Ah, se volete un audit dei vostri claim green prima di Natale, lo facciamo in 2 settimane a 6.800 €. Vi preparo una proposta?"),
  ("msg", "Alex, hai visto la proposta? Ho ancora due slot per novembre."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Jenna Ortiz", "Partnerships | Luxe Collabs", "Los Angeles",
  ("inm", "Brand collaboration with Velluto 💌", "Hi Alex! We represent a lifestyle influencer (1.2M followers) who adores your knitwear and would love to "
          "feature Velluto in an organic Reel, no fee. Who should I send the details to?"),
  ("inm", "Re: Brand collaboration with Velluto", "Amazing! To confirm the collaboration, brands cover a one-off onboarding and shipping fee of $480 "
          "to our agency account. Once paid, she posts within 7 days. Card link below."))
P("bait_and_switch_inmail", "it", "Federico Longo", "Ricercatore | Osservatorio E-commerce Moda", "Milano",
  ("inm", "Questionario sul fashion e-commerce", "Buongiorno Alex, stiamo raccogliendo dati per un rapporto sul marketing digitale dei brand di moda italiani. "
          "Ci dedica 10 minuti per un'intervista? Riceverà il rapporto in anteprima."),
  ("inm", "Grazie + una proposta", "Grazie per l'intervista! Il nostro Osservatorio offre anche un pacchetto di visibilità: il logo di Velluto nel rapporto "
          "e un caso studio dedicato, 2.500 € + IVA. Le mando il contratto?"))
P("bait_and_switch_inmail", "fr", "Nadia Benali", "Curatrice | Salon des Créateurs Éthiques", "Paris",
  ("inm", "Invitation – Salon des Créateurs Éthiques", "Bonjour Alex, votre marque a été sélectionnée par notre comité pour notre prochain salon à Paris. "
          "Nous serions ravis de vous compter parmi les exposants invités."),
  ("inm", "Votre participation – modalités", "Bonjour Alex, merci pour votre réponse. Pour valider la sélection, les frais d'exposant s'élèvent à 1 950 € HT, "
          "payables sous 10 jours. Je vous joins la facture pro forma."))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Simone Bertoli", "Social media manager | Content creator", "Firenze",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill} 😊 Mi faresti lo stesso favore su Social media marketing e Copywriting? Sto cercando lavoro e aiuta tanto"))
P("endorse_me_back", "en", "Kevin O'Brien", "Performance Marketer | Paid Social", "Cork",
  ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} earlier. Mind returning the favour for Facebook Ads and Google Ads? Cheers mate"))
P("endorse_me_back", "de", "Lisa Hartmann", "Freelance Fotografin | Mode & Portrait", "Hamburg",
  ("end",), ("end",),
  ("msg", "Hallo Alex, ich habe dich für {skill} bestätigt. Magst du mich auch für Modefotografie und Bildbearbeitung bestätigen? Das wäre super lieb!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Marco Villa", "CEO | Hype Agency – influencer e PR", "Milano",
  ("inv", "Ciao Alex, ti ho mandato la nostra proposta per la campagna influencer di Natale via mail, mi colleghi così ne parliamo?"),
  ("rem",),
  ("inm", "Seriamente?", "Alex, prima rifiuti la proposta con una riga e adesso neanche accetti il collegamento. Noi lavoriamo con brand veri, "
          "voi siete una startup che fra un anno non esiste più. Poca umiltà e zero educazione. Buona fortuna."))
P("hostility_after_decline", "en", "Brandon Hayes", "Founder | ClickSurge Media", "Austin",
  ("inv", "Alex - we scaled 3 fashion brands past $10M on Meta. Let's talk about Velluto's Q4."),
  ("inm", "Wow", "Ignoring a free growth plan because you think your in-house team knows better? That's how startups die. Don't say I didn't warn you."))
P("hostility_after_decline", "es", "Raquel Domínguez", "Modelo y actriz", "Sevilla",
  ("inv", "Hola Alex, soy modelo y me encantaría trabajar con vuestra marca. ¿Conectamos?"),
  ("inm", "...", "Veo que no te dignas ni a contestar. Qué falta de respeto hacia las personas que empezamos. Muy poco profesional para una marca que presume de valores."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Paolo Conti", "Titolare | ShootFast Studio fotografico", "Milano",
  ("msg", "Ciao Alex, come ti accennavo: shooting e-commerce a 18 € a capo, postproduzione inclusa, consegna in 48h. Quando ci vediamo per il preventivo?"),
  ("msg", "Alex ti ho scritto tre volte, nemmeno un 'no grazie'. Ho visto che avete preso un altro studio che costa il doppio. Complimenti per la gestione, "
          "si vede proprio che il marketing lo fate in famiglia."))
P("hostility_connection", "en", "Derek Stone", "Managing Partner | Stone & Co. Influence", "New York",
  ("acc",),
  ("msg", "Thanks for connecting Alex. As promised, here's our proposal for the US creator launch - $25k retainer. Can we lock it in this month?"),
  ("msg", "Honestly, you asked ME to connect and then ghost a proposal we spent a week on. Really unprofessional. Good luck finding anyone else who'll work with you."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Stefania Moretti", "Business Developer | LeadMagnet Italia", "Bologna",
  ("msg", "Ciao Alex, ti scrivo perché aiutiamo gli e-commerce a recuperare i carrelli abbandonati con WhatsApp. Vuoi vedere come funziona in una demo?"),
  ("msg", "Alex, ci sono novità: a ottobre attivazione gratuita per i nuovi clienti. Ti fisso una call?"),
  ("msg", "Ultimo messaggio promesso 🙂 Se cambi idea sulla demo scrivimi qui."))
P("connection_only_pitches", "en", "Nathan Cole", "VP Sales | AdPulse DSP", "London",
  ("msg", "Hi Alex, hope Q3 closed strong. We've just launched CTV inventory for fashion retailers. Worth a 15-min look?"),
  ("msg", "Alex - bumping this. We're offering a free test budget of €5k to the first 10 brands. Want in?"))
P("connection_only_pitches", "fr", "Claire Lambert", "Directrice commerciale | Studio Lumière Photo", "Paris",
  ("msg", "Bonjour Alex, nous réalisons des packshots e-commerce sur fond blanc à partir de 9 € la photo. Puis-je vous envoyer nos tarifs ?"),
  ("msg", "Bonjour Alex, je me permets de relancer : notre offre automne se termine vendredi. Un devis ?"))


# =============================================================== single_pitch
P("single_pitch", "it", "Giacomo Rota", "Sales | Packaging sostenibile per e-commerce", "Verona",
  ("msg", "Ciao Alex, vedo che spedite in buste di plastica: facciamo buste compostabili personalizzate, minimo 2.000 pezzi. Ti mando un campione e i prezzi?"))
P("single_pitch", "en", "Olivia Park", "Account Executive | ReviewBoost", "Amsterdam",
  ("msg", "Hey Alex! Brands like yours get 3x more reviews with our post-purchase widget. Could I show you a quick demo next Tuesday?"))
P("single_pitch", "de", "Jonas Weber", "Partner Manager | ShopTranslate", "Berlin",
  ("msg", "Hallo Alex, falls Velluto nach Deutschland expandiert: Wir übersetzen Produkttexte SEO-optimiert, 0,08 € pro Wort. Darf ich ein Angebot schicken?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Valentina Greco", "Head of Marketing | Casa Lini – tessile per la casa", "Como",
  ("msg", "Ciao Alex! Ti giro i risultati della nostra campagna con micro-influencer di settembre: CPA sceso del 35% rispetto a Meta. Il file è qui, "
          "usalo pure. Se vuoi ci sentiamo per confrontare i tuoi numeri."))
P("connection_brings_value", "en", "Hannah Schmidt", "Brand Director | Nordwolle", "Copenhagen",
  ("end",),
  ("msg", "Alex, heads-up: Copenhagen Fashion Summit opened free tickets for startups under 50 people, deadline Friday. Thought of you straight away."))
P("connection_brings_value", "it", "Nicola Esposito", "Docente di Fashion Marketing | Istituto Marangoni", "Milano",
  ("msg", "Ciao Alex, a novembre faccio un ciclo di lezioni sul DTC con case study reali. Ti andrebbe di venire a parlare ai ragazzi un'ora? "
          "Nessun compenso, ma tanti CV interessanti per i vostri stage 😉"),
  ("msg", "Perfetto, ti mando il calendario! Intanto ti allego le slide dell'anno scorso per farti un'idea."))
P("connection_brings_value", "es", "Carmen Ruiz", "Marketing Manager | Ecoalf", "Madrid",
  ("msg", "¡Hola Alex! Te paso el informe que hicimos sobre devoluciones en moda online en España, con datos de 12 marcas. Es público, pero pensé que te vendría bien antes del Black Friday."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Rachel Adams", "Executive Recruiter | Fashion & Luxury | Hunter Bond", "London",
  ("inm", "CMO role - premium resale platform", "Hi Alex, I'm retained by a Series B resale platform (Paris/Milan) looking for a CMO. Package around €180k plus equity. "
          "Your Velluto growth story fits well. Interested in hearing more, in confidence?"))
P("stranger_inmail_recruiter", "it", "Beatrice Leone", "Talent Acquisition | Yoox Net-a-Porter", "Bologna",
  ("inm", "Posizione Marketing Director Italia", "Buongiorno Alex, stiamo cercando un Marketing Director per il mercato italiano, sede Milano. "
          "Le andrebbe una chiacchierata conoscitiva la prossima settimana? Le allego la job description."))
P("stranger_inmail_recruiter", "de", "Anja Krüger", "Senior Recruiterin | About You", "Hamburg",
  ("inm", "Head of Brand Marketing – About You", "Hallo Alex, wir suchen eine:n Head of Brand Marketing für Südeuropa, remote mit Sitz in Mailand möglich. "
          "Hätten Sie Interesse an einem ersten Gespräch?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Chris Walker", "Founder | AI Model Studio", "San Francisco",
  ("inm", "Stop paying for model shoots", "Hi Alex, our AI generates on-model photos from flat-lays - 90% cheaper than a studio. Can I send a free trial on 10 SKUs and set up a demo?"),
  ("inm", "Following up: AI model photos", "Hi Alex, circling back. We're onboarding 3 Italian brands this month at launch pricing. 15 minutes?"))
P("stranger_inmail_sales", "it", "Andrea Pellegrini", "Consulente | Bandi e finanza agevolata", "Padova",
  ("inm", "Contributi a fondo perduto per e-commerce", "Buongiorno, la sua azienda potrebbe accedere a contributi per l'internazionalizzazione digitale fino a 200.000 €. "
          "Gestiamo la pratica a success fee. Possiamo sentirci?"))
P("stranger_inmail_sales", "es", "Diego Herrera", "CEO | Fulfillment Express", "Madrid",
  ("inm", "Logística para vuestra expansión en España", "Hola Alex, vimos que Velluto envía a España desde Italia. Con nuestro almacén en Madrid, entregas en 24h. ¿Te envío tarifas?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Francesca Riva", "Marketing Lead | Bottega Nomade", "Milano",
  ("inv", "Ciao Alex, ho letto il vostro case su Velluto e le newsletter. Noi stiamo rifacendo il CRM: ti va di scambiare due chiacchiere tra marketing manager? "
          "Ti racconto volentieri cosa ha funzionato con Klaviyo."),
  ("msg", "Ecco il flusso di welcome che ti dicevo, con i tassi di apertura reali. Spero ti serva!"),
  ("msg", "Alex, ti dico una cosa: da ottobre sono anche consulente per Klaviyo Partner. Posso farvi la migrazione completa a 9.500 €. Fissiamo una call?"))
P("good_turns_ugly", "en", "Jake Morrison", "Creative Director | Freelance", "Barcelona",
  ("inv", "Hey Alex, I shot the Ortica campaign last spring. Saw your post asking for moodboard ideas for AW24 - here's a free Pinterest board I made, no strings."),
  ("msg", "Glad you liked the board! Here's also the lighting setup we used, feel free to share with your photographer."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill}! Could you endorse me for Art Direction and Photography? Would mean a lot."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Matteo Bianchi", "Sales Manager | InfluCast Agency", "Milano",
  ("inm", "Campagna influencer Q4", "Ciao Alex, per il Natale abbiamo pacchetti da 10 creator a 7.900 €. Ti mando il media kit?"),
  ("inv", "Ciao Alex, ci siamo visti al party di Vogue, piacere di conoscerti! Colleghiamoci."))
P("reinvite_known_bad", "en", "Liam Foster", "Growth Hacker | Ecom Scale", "Bristol",
  ("inv", "Alex, we help fashion brands 3x ROAS in 90 days. Quick call?"),
  ("inv", "Hi Alex, enjoyed your comment on the Depop post. Would be great to connect."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Lorenzo Gatti", "Fondatore | Glow Talent – agenzia creator", "Roma",
  ("inv", "Ciao Alex, gestiamo creator moda a Roma e Milano, vorremmo proporti una collaborazione per il Q4."),
  ("inm", "Ok ricevuto", "Capito, non ti interessa nemmeno ascoltare. Voi brand piccoli vi credete Gucci. Arroganti. Poi non lamentatevi se i creator non vi considerano."),
  ("inv", "Ciao Alex, ripartiamo da zero? Ti ho scritto male, scusa. Mi farebbe piacere collegarci."))
P("reinvite_known_ugly", "fr", "Thomas Girard", "Consultant | Marque employeur", "Bordeaux",
  ("inm", "Question marque employeur", "Bonjour Alex, je prépare une étude sur la marque employeur dans les start-up mode. Puis-je vous poser deux questions ?"),
  ("inm", "Suite à votre réponse", "Merci ! Nous proposons d'ailleurs un accompagnement marque employeur à 4 500 € par trimestre. Un créneau cette semaine ?"),
  ("inv", "Bonjour Alex, ravi d'avoir échangé, connectons-nous."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Irene Fabbri", "Fondatrice | Studio Fabbri PR", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Visto che lanciate la capsule invernale: facciamo ufficio stampa moda a 2.200 € al mese. Ti preparo una proposta?"))
P("user_invited_pitch_once", "en", "Sam Patel", "Head of Partnerships | Klarna", "Stockholm",
  ("acc",),
  ("msg", "Thanks for the invite Alex! Since you're on Shopify, adding Klarna at checkout usually lifts AOV by 20%+. Want me to loop in our Italy sales team?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Alberto Marchi", "Direttore commerciale | Showroom Marchi", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie! Per la campagna vendite wholesale abbiamo ancora spazio in showroom: 15% sul venduto più 3.000 € di fee. Ti interessa?"),
  ("msg", "Alex, le date di gennaio si stanno riempiendo. Ti blocco uno spazio?"))
P("user_invited_pitch_twice", "en", "Megan Clarke", "Partner | TikTok Shop Agency EU", "London",
  ("acc",),
  ("msg", "Thanks for connecting! We launch brands on TikTok Shop end to end - setup, creators, live selling. £6k setup. Want the deck?"),
  ("msg", "Hi Alex, following up - Q4 is the best time to launch on TikTok Shop. Can I grab 20 minutes?"))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Sara Longhi", "CRM Manager | Velasca", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Come ti dicevo all'evento, ti mando il nostro calendario promo del Black Friday dell'anno scorso con i risultati, "
          "così eviti i nostri errori 😄"))
P("user_invited_value", "fr", "Inès Martin", "Directrice marketing | Sézane", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Comme promis, voici les contacts de deux photographes freelance que nous adorons à Milan. Dites-leur que vous venez de ma part."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Riccardo Sala", "Buyer | Rinascente", "Milano", ("acc",))
P("acceptance_only", "en", "Emily Watson", "Editor | Business of Fashion", "London", ("acc",))
P("lone_endorsement", "it", "Alice Cattaneo", "Ex stagista marketing | Velluto", "Milano", ("end",))
P("lone_endorsement", "es", "Pablo Ortega", "Diseñador gráfico freelance", "Barcelona", ("end",))


# =============================================================== more voices of the season
P("good_invitation", "it", "Amélie Rousseau", "Photographer | Fashion & Editorial", "Milano",
  ("inv", "Hi Alex, I'm a French photographer based in Milan, I mostly shoot knitwear and slow-fashion brands. Test shoot for free this month "
          "to build my book: if you need new imagery for socials, I'd be happy to do one for Velluto."),
  nl="en")
P("sales_invitation", "en", "Oliver Grant", "Delegate Sales | Milano Digital Retail Summit", "Milano",
  ("inv", "Hi Alex, we're holding a few VIP delegate passes for the Digital Retail Summit on 22 Oct - €1,190 (early rate ends Friday). "
          "Shall I reserve one for you and your team?"))
P("bait_and_switch_invitation", "fr", "Antoine Lefèvre", "Directeur marketing | ex-Kenzo | Mentor", "Paris",
  ("inv", "Bonjour Alex, entre directeurs marketing mode, je pense qu'on a des choses à se dire. Je serais ravi d'échanger sur nos retours d'expérience."),
  ("msg", "Merci Alex ! Pour info j'anime une masterclass « Marque de mode rentable » : 6 séances, 1 490 €. Je vous réserve une place ? "
          "Le prochain groupe démarre le 4 novembre."))
P("hostility_after_decline", "de", "Stefan Brandt", "Geschäftsführer | Brandt Performance Agentur", "Frankfurt",
  ("inv", "Hallo Alex, schade, dass es mit unserem Pitch nicht geklappt hat. Lassen Sie uns trotzdem vernetzen."),
  ("inm", "Zu Ihrer Absage", "Hallo Alex, ich muss das loswerden: Wir haben drei Wochen in Ihr Pitch-Briefing gesteckt und bekommen eine Zwei-Zeilen-Absage "
          "und jetzt nicht mal eine Kontaktannahme. Das ist respektlos und unprofessionell. So behandelt man keine Partner."))
P("connection_brings_value", "de", "Miriam Scholz", "CMO | Armedangels", "Köln",
  ("msg", "Hi Alex, wie versprochen unsere Ergebnisse vom Re-Commerce-Test im September: 14 % der Käufer kamen zurück. Slides anbei, gern weitergeben. "
          "Lass uns im November mal telefonieren."))
P("stranger_inmail_recruiter", "es", "Elena Vidal", "Head of Talent | Mango", "Barcelona",
  ("inm", "Directora de Marketing Digital – Mango Italia", "Hola Alex, estamos buscando una dirección de marketing digital para Italia, basada en Milán. "
          "Tu perfil nos encaja mucho. ¿Te apetece que hablemos esta semana?"))
P("single_pitch", "it", "Cristina Galbiati", "Relazioni esterne | Gala della Moda Solidale", "Milano",
  ("msg", "Ciao Alex, per la cena di gala del 25 ottobre abbiamo ancora due tavoli sponsor da 1.500 €, con logo sul photocall. Ti interessa per Velluto?"))
P("user_invited_value", "en", "Ben Harper", "Founder | The Resale Report (newsletter)", "London",
  ("acc",),
  ("msg", "Thanks for the add, Alex! As promised, here's the full dataset behind this week's issue on Italian resale prices - free for you to use in your planning."))
P("good_turns_ugly", "es", "Inés Castro", "Consultora de sostenibilidad textil", "Madrid",
  ("inv", "Hola Alex, te vi en el panel de Milán sobre pasaportes digitales de producto. Tengo una plantilla gratis para preparar la ficha ESPR, te la paso si quieres."),
  ("msg", "¡Aquí la tienes! Cualquier duda me dices."),
  ("msg", "Alex, por cierto: en mi consultora hacemos la implantación completa del pasaporte digital, desde 8.000 €. ¿Te paso presupuesto?"),
  ("msg", "¿Pudiste ver el presupuesto? Tengo hueco en noviembre."))


P("connection_only_pitches", "es", "Álvaro Méndez", "Key Account Manager | PixelAds Retargeting", "Madrid",
  ("msg", "¡Hola Alex! ¿Qué tal la temporada? Te cuento: con nuestro retargeting dinámico, las marcas de moda recuperan un 18% de carritos. ¿Lo vemos en una demo?"),
  ("msg", "Alex, te reenvío el caso de éxito de una marca de bolsos valenciana. ¿Tienes 20 minutos el jueves para verlo con nuestra tarifa?"),
  ("msg", "Buenas Alex, última oportunidad para el precio de lanzamiento antes del Black Friday. ¿Te lo bloqueo?"))
P("bait_and_switch_inmail", "it", "Giulia Marino", "Brand Partnerships | StyleCreators Hub", "Napoli",
  ("inm", "Collaborazione gratuita con una creator 🌿", "Ciao Alex! Una nostra creator slow fashion (380k follower) ama i vostri maglioni e vorrebbe "
          "provarli e parlarne nelle stories, gratis. A chi posso mandare l'indirizzo per il campione?"),
  ("inm", "Re: Collaborazione", "Perfetto! Per attivare la collaborazione serve solo l'iscrizione del brand alla nostra piattaforma, 290 € una tantum. "
          "Appena ricevuto il bonifico la creator pubblica. Ti giro l'IBAN?"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Martina Colombo", "martina@ortica.example.it", "Aperitivo brand DTC – 3 ottobre",
     "Ciao Alex,\n\nti ho mandato anche la richiesta su LinkedIn, ma ti scrivo qui per sicurezza: giovedì 3 alle 19 da noi in via Borsieri.\n\nMartina", "it"),
    ("Luxe Collabs", "collabs@luxe-collabs.example", "Paid collaboration opportunity for Velluto",
     "Hi Alex,\n\nFollowing our LinkedIn message: please confirm the onboarding fee so our creator can publish this week.", "en"),
    ("Shopify", "noreply@shopify.example", "Il tuo report settimanale",
     "Ciao Alex,\n\nvendite settimana: +12%. Traffico da social: Instagram 61%, LinkedIn 2%.", "it"),
    ("Netcomm Forum", "eventi@netcomm.example.it", "Slide del tuo intervento",
     "Gentile Alex,\n\ngrazie per l'intervento. Ti chiediamo di condividere le slide anche su LinkedIn con il tag dell'evento.", "it"),
    ("Ufficio HR Velluto", "hr@velluto.example.it", "Candidature stagisti marketing",
     "Ciao Alex,\n\nabbiamo ricevuto 40 candidature, alcune dicono di averti scritto anche su LinkedIn. Te le giro in una cartella condivisa.", "it"),
    ("IFM Paris", "events@ifm.example.fr", "Confirmation d'inscription – Matinée mode circulaire",
     "Bonjour Alex,\n\nVotre inscription est confirmée. Partagez l'événement sur LinkedIn si vous le souhaitez.", "fr"),
    ("Hootsuite", "no-reply@hootsuite.example", "Your LinkedIn post is performing well",
     "Your post about the AW24 campaign reached 4,210 people on LinkedIn. See full analytics.", "en"),
    ("Brandt Performance", "s.brandt@brandt-agentur.example.de", "Ihre Absage",
     "Hallo Alex,\n\ndanke für Ihre Rückmeldung zum Pitch. Wir hätten uns mehr Feedback gewünscht.\n\nStefan Brandt", "de"),
]

ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot development corpus dev180. Generated by scripts/make_corpus_dev180.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of marketing at a Milan fashion e-commerce startup, September and October 2024: influencer agencies, ad-tech and SEO sellers, "
          "photographers and models, brand-collaboration scams, peers, events. Same format as tests/corpus/dev."]


class Stories180(cs.EraStories):
    """Stories inside September and October 2024: each story starts early enough for its last mail to land in the window."""

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
    assert len(names) == len(set(names)), "duplicate names"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev180")
    args = ap.parse_args()
    check_notes()
    c = Stories180(SEED, PEOPLE, FOREIGN, ERAS)
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
