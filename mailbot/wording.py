"""LinkedIn's own wording, per language, as data.

LinkedIn writes its notifications in the *recipient's* language; the sender's own
text (an InMail, a note) may be in any language. Everything here describes
LinkedIn's wording only. The patterns are plain regular-expression strings; the
parser compiles them once (case-insensitive, Unicode).

Conventions:
- A ``(?P<name>...)`` group captures the person's name where the wording names them;
  ``(?P<skill>...)`` captures an endorsed skill.
- Subject patterns are matched against the decoded subject; body patterns against each
  short line of the text part. Both come from the same table: ``KIND_PATTERNS``.
- Where a form was observed (see shared/linkedin-formats.md) it is marked "obs";
  the rest is LinkedIn's usual wording translated, written loosely on purpose
  (tu/vous, du/Sie, tú/usted variants) so that rephrasings still match.

Language codes: en, de, fr, es, it, pt, nl.
"""
from __future__ import annotations

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")

# A name as LinkedIn prints it before a verb: lazy, at most ~80 characters.
_N = r"(?P<name>[^\n:;!?]{1,80}?)"
# An endorsed skill (optional where the wording may leave it out).
_SK = r"(?P<skill>[^\n]{0,80}?)"
_SK2 = r"(?P<skill2>[^\n]{1,80}?)"

# kind -> language -> patterns. The order of kinds matters: more specific first
# (a reminder subject also names an invitation).
KIND_PATTERNS: dict[str, dict[str, tuple[str, ...]]] = {
    "invitation_reminder": {
        "en": (
            r"\breminder about your invitation from " + _N + r"\s*$",  # obs (Gmail filter)
            r"^" + _N + r" is (still )?waiting for your (response|reply)",
            r"^reminder:? .{0,40}\binvitation from " + _N + r"\s*$",
            r"^" + _N + r" sent you an invitation \d+ (days?|weeks?) ago\b",
        ),
        "de": (
            r"\berinnerung\b.{0,40}\beinladung von " + _N + r"\s*$",
            r"^" + _N + r" wartet (noch |immer noch )?auf (Ihre|deine) Antwort",
            r"^" + _N + r" hat (Ihnen|dir) vor \d+ (Tagen|Wochen|Tag|Woche) eine Einladung (gesendet|geschickt)",
        ),
        "fr": (
            r"\brappel\b.{0,40}\binvitation de (la part de )?" + _N + r"\s*$",
            r"^" + _N + r" attend (toujours |encore )?(votre|ta) réponse",
            r"^" + _N + r" (vous|t') ?a envoyé une invitation il y a \d+ (jours?|semaines?)",
        ),
        "es": (
            r"\brecordatorio\b.{0,40}\binvitación de " + _N + r"\s*$",
            r"^" + _N + r" (está|sigue) esperando (tu|su) respuesta",
            r"^" + _N + r" te (envió|ha enviado) una invitación hace \d+ (días?|semanas?)",
        ),
        "it": (
            r"\bpromemoria\b.{0,40}\binvito (da|di) (parte di )?" + _N + r"\s*$",
            # NB "è in attesa della tua risposta" is also the body of a first
            # Italian invitation (obs, S16): only a *subject* makes it a reminder.
            r"^" + _N + r" è ancora in attesa della tua risposta",
            r"^" + _N + r" ti ha (inviato|mandato) un invito \d+ (giorni|giorno|settimane|settimana) fa",
        ),
        "pt": (
            r"\blembrete\b.{0,40}\bconvite de " + _N + r"\s*$",
            r"^" + _N + r" está (ainda )?aguardando (sua|a sua) resposta",
        ),
        "nl": (
            r"\bherinnering\b.{0,40}\buitnodiging van " + _N + r"\s*$",
            r"^" + _N + r" wacht (nog )?op (uw|je) (antwoord|reactie)",
        ),
    },
    "invitation_accepted": {
        "en": (
            r"\bstart a conversation with your new connection,? " + _N + r"\s*$",  # obs
            r"^" + _N + r" (has )?accepted your invitation",  # obs
            r"^" + _N + r" is now (a|your) connection",
        ),
        "de": (
            r"^" + _N + r" hat (Ihre|deine) Einladung angenommen",
            r"\b(beginnen|starten) Sie (eine|ein) (Unterhaltung|Gespräch) mit Ihrem neuen Kontakt,? " + _N + r"\s*$",
            r"\bbeginne (eine Unterhaltung|ein Gespräch) mit deinem neuen Kontakt,? " + _N + r"\s*$",
        ),
        "fr": (
            r"^" + _N + r" a accepté (votre|ton) invitation",
            r"\b(commencez|démarrez|entamez|commence) (une|la) conversation avec (votre|ta) nouvelle? relation,? " + _N + r"\s*$",
        ),
        "es": (
            r"^" + _N + r" (ha aceptado|aceptó) (tu|su) invitación",
            r"\b(inicia|empieza|comienza) una conversación con (tu|su) nuevo contacto,? " + _N + r"\s*$",
        ),
        "it": (
            r"^" + _N + r" ha accettato il (tuo|suo) invito",
            r"\b(inizia|avvia) una conversazione con il tuo nuovo collegamento,? " + _N + r"\s*$",
        ),
        "pt": (
            r"^" + _N + r" aceitou (o )?(seu|teu) convite",
            r"\b(inicie|comece) uma conversa com (sua|a sua) nova conexão,? " + _N + r"\s*$",
        ),
        "nl": (
            r"^" + _N + r" heeft (uw|je) uitnodiging geaccepteerd",
        ),
    },
    "invitation": {
        "en": (
            r"\bplease add me to your LinkedIn network\b",  # obs 2016
            r"^I want to connect\b",  # obs (current)
            r"^I'?d like to connect\b",
            r"^Join my network on LinkedIn\b",  # obs 2013
            r"^" + _N + r" wants to connect\b",  # obs (classifier)
            r"^" + _N + r" would like to (connect|stay in touch|add you|join your)\b",
            r"\binvitation to connect\b",
            r"^" + _N + r" (has )?invited you to connect\b",
            r"^invitation (to connect )?from " + _N + r"\s*$",
            r"^you have (an|a new|\d+ new) invitations?\b",
            r"^" + _N + r" (has )?sent you an invitation\b",
        ),
        "de": (
            r"^" + _N + r" möchte sich (gerne |gern )?mit (Ihnen|dir) vernetzen",
            r"^Ich möchte mich (gerne |gern )?mit (Ihnen|dir) vernetzen",
            r"\bbitte nehmen Sie mich in Ihr LinkedIn[- ]?Netzwerk auf\b",
            r"\bnimm mich (bitte )?in dein LinkedIn[- ]?Netzwerk auf\b",
            r"\bbitte fügen Sie mich (zu )?Ihrem LinkedIn[- ]?Netzwerk hinzu\b",
            r"\bfüge mich (bitte )?(zu )?deinem LinkedIn[- ]?Netzwerk hinzu\b",
            r"^Kontaktanfrage( von " + _N + r")?\s*$",
            r"^Einladung (von|zum Vernetzen von) " + _N + r"\s*$",
            r"^" + _N + r" hat (Sie|dich) eingeladen, sich (zu vernetzen|mit ihm zu vernetzen|mit ihr zu vernetzen)",
            r"^Sie haben eine (neue )?Einladung\b",
        ),
        "fr": (
            r"^" + _N + r" (souhaite|aimerait|voudrait) (se connecter|vous ajouter|t'ajouter|rejoindre votre réseau)",
            r"^Je (souhaite|voudrais|veux) me connecter\b",
            r"^Je (souhaite|voudrais|veux) rejoindre (votre|ton) réseau\b",
            r"\bajoutez-moi à votre réseau LinkedIn\b",
            r"^Invitation de (la part de )?" + _N + r"\s*$",
            r"^" + _N + r" vous (a )?invite? à (vous connecter|rejoindre)",
            r"^Vous avez (une|\d+) (nouvelle )?invitations?\b",
        ),
        "es": (
            r"^" + _N + r" quiere (conectar|contactar|añadirte|agregarte)\b",
            r"^Quiero conectar\b",
            r"\b(agrégame|añádeme) a tu red (de|en) LinkedIn\b",
            r"^Invitación de " + _N + r"\s*$",
            r"^" + _N + r" te (ha invitado|invitó) a conectar",
            r"^Tienes (una|\d+) (nueva )?invitaci(ón|ones)\b",
        ),
        "it": (
            r"^Voglio collegarmi\b",  # obs (S16)
            r"^" + _N + r" vuole collegarsi\b",
            r"\baggiungimi alla tua rete\b",
            r"^Invito (da|di) (parte di )?" + _N + r"\s*$",
            r"^" + _N + r" ti ha invitato a collegarti",
            r"^" + _N + r" è in attesa della tua risposta",  # obs body of an invitation
            r"^Hai (un|\d+) (nuovo )?invit[oi]\b",
        ),
        "pt": (
            r"^" + _N + r" quer se conectar\b",
            r"^Quero me conectar\b",
            r"^Convite de " + _N + r"\s*$",
        ),
        "nl": (
            r"^" + _N + r" wil (graag )?(met u |met je )?connecten\b",
            r"^Ik wil (graag )?(met u |met je )?connecten\b",
            r"^Uitnodiging van " + _N + r"\s*$",
        ),
    },
    "inmail": {
        "en": (
            r"^" + _N + r" sent you an InMail\b",
            r"^(new )?InMail from " + _N + r"\s*$",
        ),
        "de": (r"^" + _N + r" hat Ihnen eine InMail", r"^(neue )?InMail von " + _N + r"\s*$"),
        "fr": (r"^" + _N + r" vous a envoyé un InMail", r"^(nouvel )?InMail de " + _N + r"\s*$"),
        "es": (r"^" + _N + r" te ha enviado un InMail", r"^(nuevo )?InMail de " + _N + r"\s*$"),
        "it": (r"^" + _N + r" ti ha (appena )?inviato un InMail", r"^(nuovo )?InMail da " + _N + r"\s*$"),
        "pt": (r"^" + _N + r" enviou um InMail",),
        "nl": (r"^" + _N + r" heeft (u|je) een InMail",),
    },
    "message": {
        "en": (
            r"^" + _N + r" (has )?(just )?sent you a (new )?message\b",  # classifier
            r"^" + _N + r" just messaged you\b",
            r"^" + _N + r" messaged you\b",
            r"^New messages? from " + _N + r"\s*$",
            r"^You have (a )?new messages?( from " + _N + r")?\s*$",
            r"^" + _N + r" (has )?replied to (your|the) (message|conversation)\b",
        ),
        "de": (
            r"^" + _N + r" hat (Ihnen|dir) (gerade |soeben )?eine (neue )?Nachricht (gesendet|geschickt)",
            r"^Neue Nachrichte?n? von " + _N + r"\s*$",
            r"^(Sie haben|Du hast) (eine )?neue Nachrichte?n?( von " + _N + r")?\s*$",
        ),
        "fr": (
            r"^" + _N + r" (vous|t') ?a envoyé un (nouveau )?message\b",
            r"^" + _N + r" vient de (vous|t') ?envoyer un message\b",
            r"^Nouveaux? messages? de " + _N + r"\s*$",
            r"^Vous avez (un |de |des |\d+ )?(nouveaux? )?messages?( de " + _N + r")?\s*$",
        ),
        "es": (
            r"^" + _N + r" te (ha enviado|envió) un (nuevo )?mensaje\b",
            r"^" + _N + r" (te )?acaba de enviar(te)? un mensaje\b",
            r"^Nuevos? mensajes? de " + _N + r"\s*$",
            r"^Tienes (un |\d+ )?(nuevos? )?mensajes?( de " + _N + r")?\s*$",
        ),
        "it": (
            r"^" + _N + r" ti ha (appena )?(inviato|mandato) un (nuovo )?messaggio\b",
            r"^Nuov[oi] messaggio? da " + _N + r"\s*$",
            r"^Hai (un |\d+ )?(nuovo |nuovi )?messaggi?( da " + _N + r")?\s*$",
        ),
        "pt": (
            r"^" + _N + r" acabou de enviar uma mensagem\b",  # obs (pt-BR)
            r"^" + _N + r" (te )?enviou uma (nova )?mensagem\b",
            r"^Nova mensagem de " + _N + r"\s*$",
            r"^Voc[eê] tem (uma |\d+ )?(nova mensagem|novas mensagens)( de " + _N + r")?\s*$",
        ),
        "nl": (
            r"^" + _N + r" heeft (u|je) een (nieuw )?bericht (gestuurd|verzonden)",
            r"^Nieuw bericht van " + _N + r"\s*$",
            r"^(Je hebt|U hebt|U heeft) (een |\d+ )?nieuwe berichten?( van " + _N + r")?\s*$",
        ),
    },
    "endorsement": {
        "en": (
            r"^" + _N + r" (has |just )?endorsed (you|your skills?)( for| in|:)? ?" + _SK + r"[.!]?\s*$",
            r"\byou'?ve been endorsed( for (?P<skill>[^\n]{1,80}?))?[.!]?\s*$",
            r"^" + _N + r" (has |just )?endorsed (you|your)\b",
        ),
        "de": (
            r"^" + _N + r" hat (Sie|dich)( für " + _SK + r")? (empfohlen|bestätigt)",
            r"^" + _N + r" hat (Ihre|deine) Kenntnis(se)?( (in|für) " + _SK + r")? bestätigt\s*(:\s*" + _SK2 + r")?[.!]?\s*$",
            r"^" + _N + r" hat (Ihre|deine) Kenntnis(se)? " + _SK + r" bestätigt[.!]?\s*$",
            r"^" + _N + r" hat (Ihre|deine) Kenntnis(se)?\b",
        ),
        "fr": (
            r"^" + _N + r" (vous|t') ?a (recommandée?|validée?)( pour| en|:)? ?" + _SK + r"[.!]?\s*$",
            r"^" + _N + r" a (validé|recommandé|confirmé) (vos|tes|votre|ta) compétences?( en| pour| de|:)? ?" + _SK + r"[.!]?\s*$",
            r"^" + _N + r" (vous|t') ?a (recommandée?|validée?)\b",
        ),
        "es": (
            r"^" + _N + r" te ha (validado|recomendado)( en| para| por|:)? ?" + _SK + r"[.!]?\s*$",
            r"^" + _N + r" ha (validado|recomendado|confirmado) (tus|sus|tu|su) (aptitudes|aptitud|competencias|competencia)( de| en| para|:)? ?" + _SK + r"[.!]?\s*$",
            r"^" + _N + r" te ha (validado|recomendado)\b",
        ),
        "it": (
            r"^" + _N + r" ti ha (segnalat[oa]|confermat[oa])( per| in|:)? ?" + _SK + r"[.!]?\s*$",
            r"^" + _N + r" ha (confermato|segnalato|convalidato) (la tua|le tue|la sua|le sue) competenz[ae]( in| per| di|:)? ?" + _SK + r"[.!]?\s*$",
            r"^" + _N + r" (ti )?ha (segnalat[oa]|confermat[oa])\b",
        ),
        "pt": (r"^" + _N + r" (validou|recomendou) (você|suas competências|sua competência)( em| para|:)? ?" + _SK + r"[.!]?\s*$",),
        "nl": (r"^" + _N + r" heeft (u|je) (aanbevolen|onderschreven)( voor| in|:)? ?" + _SK + r"[.!]?\s*$",),
    },
}

# Mail from linkedin.com that is none of the judged kinds, told by subject.
OTHER_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bviewed your profile\b", r"\byou appeared in \d+ searches\b", r"^[^,]{1,40}, add " + _N + r" - ",
        r"\bnew jobs? for\b", r"\byour job alert\b", r"\bverify your\b", r"\bpeople you may know\b",
        r"\bpending invitations\b",
    ),
    "de": (r"\bhat Ihr Profil angesehen\b", r"\bSuchergebnissen\b", r"\bneue Jobs\b", r"\bJob-Alert\b"),
    "fr": (r"\ba consulté votre profil\b", r"\brecherches\b.{0,20}\bsemaine\b", r"\bnouvelles? offres? d'emploi\b"),
    "es": (r"\bha visto tu perfil\b", r"\bbúsquedas esta semana\b", r"\bnuevos empleos\b"),
    "it": (r"\bha visitato il tuo profilo\b", r"\bricerche questa settimana\b", r"\bnuove offerte di lavoro\b"),
}

# A line where LinkedIn's footer begins (everything from here on is dropped).
FOOTER_START: dict[str, tuple[str, ...]] = {
    "en": (
        r"^This (e-?mail|message) was (intended|sent) (for|to)\b", r"^Learn why we included this\b",
        r"^You are receiving\b", r"^You're receiving\b", r"^Unsubscribe\b", r"^Help\s*:",
        r"^LinkedIn and the LinkedIn logo\b", r"^Manage (your )?(e-?mail )?(settings|preferences)\b",
    ),
    "de": (
        r"^Diese E-?Mail (ist|war|wurde) (für|an)\b", r"^(Hier )?erfahren Sie, warum\b",
        r"^Sie erhalten\b", r"^Abbestellen\b", r"^Abmelden\b", r"^Hilfe\s*:", r"^E-Mail-Einstellungen\b",
        r"^Du erhältst\b",
    ),
    "fr": (
        r"^Cet e-?mail (est|était|a été) (destiné|envoyé|adressé) à\b", r"^(Découvrez|Découvrir|Pourquoi) (pourquoi )?nous (avons inclus|incluons)",
        r"^Découvrez pourquoi\b", r"^Vous recevez\b", r"^Se désabonner\b", r"^Se désinscrire\b",
        r"^Désabonnement\b", r"^Aide\s*:",
    ),
    "es": (
        r"^Este (correo( electrónico)?|e-?mail|mensaje) (está|iba|fue|se ha|se) (dirigido|destinado|enviado|envió|envía)\b",
        r"^Descubre por qué\b", r"^(Estás recibiendo|Recibes)\b", r"^Darse de baja\b", r"^Dar(te)? de baja\b",
        r"^Cancelar (la )?suscripción\b", r"^Ayuda\s*:",
    ),
    "it": (
        r"^Questa e-?mail (è|era) (stata )?(inviata|destinata|indirizzata|intesa) (a|per)\b", r"^Scopri perché\b",
        r"^(Ricevi|Stai ricevendo)\b", r"^Annulla (l'|la )?iscrizione\b", r"^Disiscriviti\b",
        r"^(Guida|Assistenza)\s*:",
    ),
    "pt": (r"^Este e-?mail (foi|é) (enviado|destinado) (para|a)\b", r"^Saiba por que\b", r"^Você está recebendo\b", r"^Cancelar inscrição\b", r"^Ajuda\s*:"),
    "nl": (r"^Deze e-?mail (is|was) (bedoeld|verzonden) (voor|aan)\b", r"^Ontdek waarom\b", r"^U ontvangt\b", r"^Afmelden\b", r"^Help\s*:"),
}

# Footer lines in no particular language: they start the footer but cast no vote.
FOOTER_NEUTRAL = (r"^©\s*(\d{4}\s+)?LinkedIn\b", r"^LinkedIn (Corporation|Ireland)\b")

# Button and link labels LinkedIn prints on their own line ("Accept: <url>", or the
# label alone followed by a URL line). Whole-line matches only.
BUTTONS: dict[str, tuple[str, ...]] = {
    "en": ("Accept", "Accept invitation", "Ignore", "View profile", "View full profile", "Reply", "View message",
           "View messages", "See message", "See all messages", "Message", "View invitation", "See invitation",
           "See all invitations", "View all invitations", "Say congrats", "Send message", "View conversation",
           "Endorse", "See endorsement", "View endorsement", "Connect", "See profile"),
    "de": ("Annehmen", "Einladung annehmen", "Ignorieren", "Profil anzeigen", "Profil ansehen", "Antworten",
           "Nachricht anzeigen", "Nachricht ansehen", "Nachricht senden", "Einladung anzeigen", "Alle Einladungen anzeigen",
           "Unterhaltung anzeigen", "Vernetzen"),
    "fr": ("Accepter", "Accepter l'invitation", "Ignorer", "Voir le profil", "Voir profil", "Répondre", "Voir le message",
           "Voir les messages", "Envoyer un message", "Voir l'invitation", "Voir toutes les invitations",
           "Voir la conversation", "Se connecter"),
    "es": ("Aceptar", "Aceptar invitación", "Ignorar", "Ver perfil", "Ver el perfil", "Responder", "Ver mensaje",
           "Ver mensajes", "Enviar mensaje", "Ver invitación", "Ver todas las invitaciones", "Ver conversación", "Conectar"),
    "it": ("Accetta", "Accetta invito", "Ignora", "Visualizza profilo", "Vedi profilo", "Rispondi", "Visualizza messaggio",
           "Vedi messaggio", "Invia messaggio", "Visualizza invito", "Visualizza tutti gli inviti", "Visualizza conversazione",
           "Collegati"),
    "pt": ("Aceitar", "Ignorar", "Ver perfil", "Responder", "Ver mensagem", "Enviar mensagem", "Conectar"),
    "nl": ("Accepteren", "Negeren", "Profiel bekijken", "Beantwoorden", "Bericht bekijken", "Bericht sturen", "Connectie maken"),
}

# Short lines LinkedIn adds around the card, to drop from the note (whole-line matches).
BOILERPLATE_LINES: dict[str, tuple[str, ...]] = {
    "en": (r"LinkedIn", r"Sponsored", r"Promoted", r"Let'?s start a conversation\.?", r"See who else you know in common\.?",
           r"\d+ (mutual|shared) connections?", r"\d+ connections? in common", r"You have (an|\d+) (new )?invitations?\.?",
           r"You have (a|\d+) new messages?\.?", r"explore their network\.?", r"Connect with .{1,60} on LinkedIn\.?"),
    "de": (r"Gesponsert", r"Anzeige", r"\d+ gemeinsame Kontakte?", r"Sie haben (eine|\d+) (neue )?Einladung(en)?\.?", r"Beginnen Sie eine Unterhaltung\.?",
           r"Sie haben (eine|\d+) neue Nachrichte?n?\.?"),
    "fr": (r"Sponsorisé", r"\d+ relations? en commun", r"Vous avez (une|\d+) (nouvelle )?invitations?\.?", r"Commencez une conversation\.?",
           r"Vous avez (un|\d+) nouveaux? messages?\.?"),
    "es": (r"Patrocinado", r"Promocionado", r"\d+ contactos? en común", r"Tienes (una|\d+) (nueva )?invitaci(ón|ones)\.?", r"Inicia una conversación\.?",
           r"Tienes (un|\d+) nuevos? mensajes?\.?"),
    "it": (r"Sponsorizzato", r"\d+ collegament[oi] in comune", r"Hai (un|\d+) (nuovo )?invit[oi]\.?", r"Inizia una conversazione\.?",
           r"Hai (un|\d+) nuov[oi] messaggi?\.?"),
    "pt": (r"\d+ conex(ão|ões) em comum",),
    "nl": (r"\d+ gedeelde connecties?",),
}

# LinkedIn's default invitation text, per language, matched against a *normalized*
# note: accents stripped, case folded, apostrophes/quotes/punctuation turned into
# single spaces, greeting ("Hi Paul,") and a trailing "- Name" sign-off removed.
# Each pattern must match the whole normalized note.
DEFAULT_NOTES: dict[str, tuple[str, ...]] = {
    "en": (
        r"i( d| would| ?d)? (like|love) to (join|be part of) (your|you) (professional )?(linkedin )?(professional )?network( on linkedin)?",
        r"i( d| would| ?d)? (like|love) to (add|invite) you (to|into) (my|your) (professional )?(linkedin )?(professional )?network( on linkedin)?",
        r"i( d| would| ?d)? (like|love) to connect( with you)?( on linkedin)?",
        r"i( d| would| ?d)? (like|love) to (invite you to )?join my (professional )?network on linkedin",
        r"(please )?(join|add me to) (my|your) (professional )?(linkedin )?network( on linkedin)?",
        r"i want to connect( with you)?( on linkedin)?",
    ),
    "de": (
        r"(ich )?(mochte|wurde|will) (sie|dich) (gerne?|gern) (als kontakt )?(zu|in) (meinem|mein|meinen) (beruflichen |berufliches )?(linkedin )?netzwerk (auf linkedin )?(hinzufugen|aufnehmen)",
        r"(ich )?(mochte|wurde) (mich )?(gerne?|gern) (ihrem|deinem) (beruflichen )?(linkedin )?netzwerk (auf linkedin )?(beitreten|hinzugefugt werden)",
        r"(ich )?(mochte|wurde) (mich )?(gerne?|gern) mit (ihnen|dir) (auf linkedin )?vernetzen",
        r"gerne? mochte ich (sie|dich) (als kontakt )?(zu|in) (meinem|mein) (berufliches |beruflichen )?(linkedin )?netzwerk (auf linkedin )?(hinzufugen|aufnehmen)",
        r"ich (mochte|wurde) (sie|dich) gerne? (zu|in) meinem (beruflichen )?netzwerk auf linkedin hinzufugen",
        r"(ich )?(wurde mich freuen|freue mich),? (sie|dich) (zu|in) meinem (beruflichen )?(linkedin )?netzwerk (auf linkedin )?(hinzuzufugen|aufzunehmen)",
        r"ich mochte mich mit (ihnen|dir) vernetzen",
    ),
    "fr": (
        r"j (aimerais|souhaiterais|voudrais) (faire partie|rejoindre) (de )?(votre|ton) reseau( professionnel)?( linkedin)?( sur linkedin)?",
        r"je (souhaiterais|voudrais|souhaite|veux) (vous|t) ajouter (a|dans) mon reseau( professionnel)?( linkedin)?( sur linkedin)?",
        r"j (aimerais|souhaiterais|voudrais) (vous|t) ajouter (a|dans) mon reseau( professionnel)?( linkedin)?( sur linkedin)?",
        r"j aimerais (vous|t) inviter a rejoindre mon reseau professionnel( en ligne)?( sur (le site )?linkedin)?",
        r"je (souhaite|souhaiterais|voudrais) (me connecter|entrer en contact) avec (vous|toi)( sur linkedin)?",
    ),
    "es": (
        r"me gustaria (anadirte|agregarte|anadirle|agregarle|anadirlo|agregarlo|anadirla|agregarla) a mi red( profesional)?( de| en)?( linkedin)?",
        r"me gustaria (formar parte|ser parte) de (tu|su) red( profesional)?( de| en)?( linkedin)?",
        r"me gustaria (conectar|contactar) (contigo|con usted)( en linkedin)?",
        r"quiero (conectar|contactar) (contigo|con usted)( en linkedin)?",
    ),
    "it": (
        r"vorrei (aggiungerti|aggiungerla|aggiungervi) (alla|nella) mia rete( professionale)?( su linkedin)?",
        r"vorrei (entrare a )?(far|fare) parte della (tua|sua) rete( professionale)?( su linkedin)?",
        r"vorrei collegarmi con (te|lei)( su linkedin)?",
        r"voglio collegarmi( con te)?( su linkedin)?",
    ),
    "pt": (
        r"gostaria de (adiciona l[oa]( a)?|adicionar voce|te adicionar|adiciona la) (a )?(a )?minha rede( profissional)?( do| no)?( linkedin)?",
        r"gostaria de (participar|fazer parte) da (sua|tua) rede( profissional)?( do| no)?( linkedin)?",
    ),
    "nl": (
        r"ik (wil|zou) (u|je) graag (toevoegen )?aan mijn (professionele )?netwerk (op linkedin )?(toevoegen|willen toevoegen)?",
        r"ik wil (graag )?deel uitmaken van (uw|je) (linkedin )?netwerk( op linkedin)?",
        r"graag voeg ik (u|je) toe aan mijn (professionele )?netwerk( op linkedin)?",
    ),
}

# Greetings that open a note ("Hi Paul,"); stripped only for default-note detection.
GREETING = (
    r"^(hi|hello|hey|dear|good (morning|afternoon|evening)|hallo|guten tag|liebe[rs]?|sehr geehrte[rs]?|servus|moin|"
    r"bonjour|bonsoir|salut|cher|chere|hola|buenos dias|buenas tardes|estimad[oa]|ciao|salve|buongiorno|buonasera|"
    r"gentile|caro|cara|ola|olá|oi|¡hola|chère|buenos días|prezad[oa]|beste|hoi|goedemiddag|goedemorgen)\b(,?[^\n,.!:]{0,40})?[,.!:]?\s*"
)

# "Jane Roe via LinkedIn" and its translations: the display name of a person sending
# through LinkedIn.
VIA_LINKEDIN = r"^\s*(?P<name>.+?)\s+(via|über|ueber|vía|por|par|per|tramite|através do|a través de|door|van)\s+LinkedIn\s*$"

# Cheap pre-filter: a line can only match KIND_PATTERNS if its case-folded text
# contains one of these stems (a unit test checks every pattern names one).
KIND_KEYWORDS = (
    "reminder", "waiting for", "erinnerung", "wartet", "rappel", "attend", "recordatorio", "esperando", "promemoria",
    "attesa", "lembrete", "aguardando", "herinnering", "wacht",
    "connection", "accepted", "angenommen", "neuen kontakt", "accepté", "relation", "aceptado", "aceptó", "accettato",
    "collegamento", "aceitou", "conexão", "geaccepteerd", "conversation", "unterhaltung", "gespräch", "conversación",
    "conversazione", "conversa",
    "network", "connect", "stay in touch", "add you", "join your", "conect", "vernetzen", "netzwerk", "kontaktanfrage", "einladung", "eingeladen", "souhaite",
    "aimerait", "voudrait", "ajoutez", "réseau", "invit", "quiere", "agrégame", "añádeme", "quiero", "collegar",
    "aggiungimi", "quer se", "quero me", "convite", "uitnodiging",
    "inmail", "message", "nachricht", "mensaje", "messaggi", "mensagem", "bericht", "replied",
    "endors", "empfohlen", "bestätigt", "recommand", "validé", "validado", "recomendado", "validou", "recomendou",
    "segnalat", "confermat", "competenze", "aptitud", "aanbevolen", "onderschreven", "kenntnis",
)
