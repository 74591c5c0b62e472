"""Messages: work packages, submissions and conflicts."""

from __future__ import annotations

from kuva_desktop.messages.text import Text

# Why a package or submission file is refused (docs/package-format.md): the reason code of
# `exchange.packages.format.PackageRefused`, with "package." in front as its message code.
PACKAGE_REASONS: dict[str, Text] = {
    "unreadable": Text("the file cannot be read", "tiedostoa ei voi lukea", "filen kan inte läsas"),
    "too_large": Text(
        "the file is larger than a package can be",
        "tiedosto on suurempi kuin työpaketti voi olla",
        "filen är större än ett arbetspaket kan vara",
    ),
    "not_a_package": Text(
        "not a Kuva package or submission",
        "ei Kuvan työpaketti eikä palautus",
        "varken ett arbetspaket eller en inlämning från Kuva",
    ),
    "version": Text(
        "a format version this application does not read",
        "tiedostomuodon versio, jota tämä ohjelma ei lue",
        "en formatversion som detta program inte läser",
    ),
    "damaged": Text(
        "incomplete or damaged", "puutteellinen tai vahingoittunut", "ofullständig eller skadad"
    ),
    "invalid": Text(
        "does not follow the package format",
        "ei noudata työpakettien tiedostomuotoa",
        "följer inte arbetspaketens filformat",
    ),
    "not_a_submission": Text(
        "a package, not a submission",
        "työpaketti, ei palautus",
        "ett arbetspaket, inte en inlämning",
    ),
    "altered": Text(
        "changed after it was written",
        "muutettu kirjoittamisen jälkeen",
        "ändrad efter att den skrevs",
    ),
    "other_package": Text(
        "signed with the key of another package",
        "allekirjoitettu toisen työpaketin avaimella",
        "signerad med ett annat arbetspakets nyckel",
    ),
    "other_database": Text(
        "from another database", "toisesta tietokannasta", "från en annan databas"
    ),
    "unknown_package": Text(
        "a package this database did not issue",
        "työpaketti, jota tämä tietokanta ei ole jakanut",
        "ett arbetspaket som denna databas inte har delat ut",
    ),
    "wrong_year_round": Text(
        "for another year, round or owner than its package",
        "eri vuodelle, kierrokselle tai vastuuhenkilölle kuin sen työpaketti",
        "för ett annat år, en annan omgång eller ansvarsperson än dess arbetspaket",
    ),
    "locked": Text("for a locked round", "lukitulle kierrokselle", "för en låst omgång"),
    "outside_assignment": Text(
        "changes something outside the owner's assignment",
        "muuttaa jotain vastuuhenkilölle osoitetun ulkopuolelta",
        "ändrar något utanför det som ansvarspersonen har tilldelats",
    ),
    "invalid_value": Text(
        "a value the rules refuse",
        "arvo, jota säännöt eivät salli",
        "ett värde som reglerna inte tillåter",
    ),
    "stale": Text(
        "older than a submission already merged from the same package",
        "vanhempi kuin samasta työpaketista jo yhdistetty palautus",
        "äldre än en redan sammanfogad inlämning från samma arbetspaket",
    ),
}

MESSAGES: dict[str, Text] = {
    # E-mail drafts to owners (exchange/packages/mail.py), in the owner's language.
    "mail.package.subject": Text(
        "Binding goals, {round}: your work package",
        "Sitovat toiminnan tavoitteet, {round}: työpakettisi",
        "Bindande verksamhetsmål, {round}: ditt arbetspaket",
    ),
    "mail.package.body": Text(
        "Hello {name},\n\nhere is your work package for following up the binding goals "
        "({round}). Open it in Kuva Desktop, fill in the metrics assigned to you and send me "
        "the submission file it saves {deadline}.\n\nAttachment: {file}",
        "Hei {name},\n\nohessa on työpakettisi sitovien toiminnan tavoitteiden seurantaan "
        "({round}). Avaa se Kuva Desktop -ohjelmalla, täytä sinulle osoitetut mittarit ja "
        "lähetä minulle ohjelman tallentama palautustiedosto {deadline}.\n\nLiite: {file}",
        "Hej {name},\n\nhär är ditt arbetspaket för uppföljningen av de bindande "
        "verksamhetsmålen ({round}). Öppna det i Kuva Desktop, fyll i de indikatorer som "
        "tilldelats dig och skicka mig inlämningsfilen som programmet sparar {deadline}."
        "\n\nBilaga: {file}",
    ),
    "mail.remind.subject": Text(
        "Reminder: binding goals, {round}",
        "Muistutus: sitovat toiminnan tavoitteet, {round}",
        "Påminnelse: bindande verksamhetsmål, {round}",
    ),
    "mail.remind.body": Text(
        "Hello {name},\n\nyour submission for following up the binding goals ({round}) has "
        "not reached me yet.\n\n{missing}\n\nPlease send it {deadline}.",
        "Hei {name},\n\npalautuksesi sitovien toiminnan tavoitteiden seurantaan ({round}) ei "
        "ole vielä tullut minulle.\n\n{missing}\n\nLähetäthän sen {deadline}.",
        "Hej {name},\n\ndin inlämning för uppföljningen av de bindande verksamhetsmålen "
        "({round}) har ännu inte kommit till mig.\n\n{missing}\n\nSkicka den {deadline}.",
    ),
    "mail.remind.missing": Text(
        "These metrics have no values yet:\n{metrics}",
        "Näiltä mittareilta puuttuvat vielä tiedot:\n{metrics}",
        "Dessa indikatorer saknar ännu uppgifter:\n{metrics}",
    ),
    "mail.remind.nothing_missing": Text(
        "Your metrics have values already; please check them and send the submission.",
        "Mittareillasi on jo tiedot; tarkista ne ja lähetä palautus.",
        "Dina indikatorer har redan uppgifter; kontrollera dem och skicka inlämningen.",
    ),
    "mail.more": Text("and {count} more", "ja {count} muuta", "och {count} till"),
    "mail.deadline": Text("by {date}", "viimeistään {date}", "senast {date}"),
    "mail.deadline.none": Text("as soon as you can", "mahdollisimman pian", "så snart som möjligt"),
    "mail.deadline.passed": Text(
        "as soon as you can (the deadline was {date})",
        "mahdollisimman pian (määräaika oli {date})",
        "så snart som möjligt (tidsfristen var {date})",
    ),
    **{f"package.{reason}": text for reason, text in PACKAGE_REASONS.items()},
    # Packages and submissions: "file: why (details)".
    "package.refused": Text("{name}: {reason}", "{name}: {reason}", "{name}: {reason}"),
    "package.refused.detail": Text(
        "{name}: {reason} ({detail})", "{name}: {reason} ({detail})", "{name}: {reason} ({detail})"
    ),
    "package.detail.too_large": Text("more than {mb} MB", "yli {mb} Mt", "mer än {mb} MB"),
    "package.detail.not_json": Text(
        "not a JSON document", "ei JSON-asiakirja", "inte ett JSON-dokument"
    ),
    "package.detail.duplicate_key": Text(
        'the key "{key}" appears twice in one object',
        'avain "{key}" esiintyy kahdesti samassa objektissa',
        'nyckeln "{key}" förekommer två gånger i samma objekt',
    ),
    "package.detail.not_utf8": Text("not UTF-8 text", "ei UTF-8-tekstiä", "inte UTF-8-text"),
    "package.detail.incomplete_json": Text(
        "not a complete JSON document: line {line}: {error}",
        "JSON-asiakirja ei ole kokonainen: rivi {line}: {error}",
        "inte ett fullständigt JSON-dokument: rad {line}: {error}",
    ),
    "package.detail.unreadable_json": Text(
        "not a readable JSON document",
        "JSON-asiakirjaa ei voi lukea",
        "JSON-dokumentet kan inte läsas",
    ),
    "package.detail.no_format": Text(
        'no "format": "kuva-submission"',
        'kenttä "format": "kuva-submission" puuttuu',
        'fältet "format": "kuva-submission" saknas',
    ),
    "package.detail.version": Text(
        "version {found}; this application reads {version}",
        "versio {found}; tämä ohjelma lukee version {version}",
        "version {found}; detta program läser version {version}",
    ),
    "package.detail.not_text": Text(
        "the content is not valid text",
        "sisältö ei ole kelvollista tekstiä",
        "innehållet är inte giltig text",
    ),
    "package.detail.check": Text(
        "the content does not match its check: damaged or edited",
        "sisältö ei vastaa tarkistussummaansa: vahingoittunut tai muokattu",
        "innehållet stämmer inte med sin kontrollsumma: skadat eller redigerat",
    ),
    "package.detail.invalid_at": Text(
        "at {where}: {error}", "kohdassa {where}: {error}", "vid {where}: {error}"
    ),
    "package.detail.is_submission": Text(
        "this is a submission, not a work package",
        "tämä on palautus, ei työpaketti",
        "detta är en inlämning, inte ett arbetspaket",
    ),
    "package.detail.send_submission": Text(
        "send the saved submission instead",
        "lähetä sen sijaan tallennettu palautus",
        "skicka den sparade inlämningen i stället",
    ),
    "package.detail.no_signature": Text(
        "the signature is missing", "allekirjoitus puuttuu", "signaturen saknas"
    ),
    "package.detail.listed_twice": Text(
        "metric {id} is listed twice",
        "mittari {id} on luettelossa kahdesti",
        "indikator {id} förekommer två gånger",
    ),
    "package.detail.stale": Text(
        "number {sequence}; number {merged} is merged",
        "numero {sequence}; numero {merged} on jo yhdistetty",
        "nummer {sequence}; nummer {merged} är redan sammanfogat",
    ),
    "package.detail.database": Text("database {id}", "tietokanta {id}", "databas {id}"),
    "package.detail.package": Text("package {id}", "työpaketti {id}", "arbetspaket {id}"),
    "package.detail.other_key": Text(
        "the file names package {package}, but was signed with the key of package {other} "
        "({owner}, {year} round {round})",
        "tiedosto nimeää työpaketin {package}, mutta se on allekirjoitettu työpaketin {other} "
        "avaimella ({owner}, {year} kierros {round})",
        "filen anger arbetspaket {package} men är signerad med nyckeln till arbetspaket {other} "
        "({owner}, {year} omgång {round})",
    ),
    "package.detail.bad_signature": Text(
        "the signature does not match", "allekirjoitus ei täsmää", "signaturen stämmer inte"
    ),
    "package.detail.issued_to": Text(
        "{owner}, {year} round {round}; the package was issued to {issued_owner} for "
        "{issued_year} round {issued_round}",
        "{owner}, {year} kierros {round}; työpaketti jaettiin vastuuhenkilölle {issued_owner}, "
        "{issued_year} kierros {issued_round}",
        "{owner}, {year} omgång {round}; arbetspaketet delades ut till {issued_owner} för "
        "{issued_year} omgång {issued_round}",
    ),
    "package.detail.round_gone": Text(
        "{year} round {round} is gone",
        "vuoden {year} kierrosta {round} ei enää ole",
        "{year} omgång {round} finns inte längre",
    ),
    "package.detail.round_locked": Text(
        "{year} round {round} is locked",
        "vuoden {year} kierros {round} on lukittu",
        "{year} omgång {round} är låst",
    ),
    "package.detail.not_in_package": Text(
        "metric “{metric}” ({id}) is not in the package",
        "mittari ”{metric}” ({id}) ei ole työpaketissa",
        "indikatorn ”{metric}” ({id}) finns inte i arbetspaketet",
    ),
    "package.detail.field_not_taken": Text(
        "metric “{metric}”: round {round} takes no {field}",
        "mittari ”{metric}”: kierrokselle {round} ei anneta kenttää ”{field}”",
        "indikatorn ”{metric}”: omgång {round} tar inte emot fältet ”{field}”",
    ),
    "package.detail.invalid_value": Text(
        "metric “{metric}”, {error}",
        "mittari ”{metric}”, {error}",
        "indikatorn ”{metric}”, {error}",
    ),
    "package.detail.metric_gone": Text(
        "metric “{metric}” is no longer in the database",
        "mittari ”{metric}” ei ole enää tietokannassa",
        "indikatorn ”{metric}” finns inte längre i databasen",
    ),
    # Conflicts.
    "conflict.resolved": Text(
        "conflict {id}: already resolved ({resolution})",
        "ristiriita {id}: on jo ratkaistu ({resolution})",
        "konflikt {id}: är redan löst ({resolution})",
    ),
    "conflict.resolution.theirs": Text(
        "their value kept", "vastuuhenkilön arvo pidetty", "ansvarspersonens värde behållet"
    ),
    "conflict.resolution.ours": Text(
        "our value kept", "tietokannan arvo pidetty", "databasens värde behållet"
    ),
    "conflict.resolution.edited": Text("edited", "muokattu", "redigerat"),
    "conflict.resolution.superseded": Text(
        "superseded by a newer submission",
        "uudempi palautus korvasi sen",
        "ersatt av en nyare inlämning",
    ),
    "conflict.metric_gone": Text(
        "conflict {id}: the metric is no longer in the database",
        "ristiriita {id}: mittari ei ole enää tietokannassa",
        "konflikt {id}: indikatorn finns inte längre i databasen",
    ),
    "conflict.missing": Text(
        "conflict {id}: not in the database",
        "ristiriita {id}: ei ole tietokannassa",
        "konflikt {id}: finns inte i databasen",
    ),
    # A work package being filled in.
    "package.metric_not_in": Text(
        "metric {id}: not in this package",
        "mittari {id}: ei ole tässä työpaketissa",
        "indikator {id}: finns inte i detta arbetspaket",
    ),
    "package.field_not_taken": Text(
        "round {round} does not take {field}",
        "kierrokselle {round} ei anneta kenttää ”{field}”",
        "omgång {round} tar inte emot fältet ”{field}”",
    ),
    "work.unreadable": Text(
        "{path}: the working copy cannot be read ({reason})",
        "{path}: työkopiota ei voi lukea ({reason})",
        "{path}: arbetskopian kan inte läsas ({reason})",
    ),
    "work.damaged": Text(
        "its content is damaged", "sen sisältö on vioittunut", "dess innehåll är skadat"
    ),
}
