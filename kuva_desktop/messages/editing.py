"""Messages: years, rounds, values and the vocabulary: what the rules and the editor refuse."""

from __future__ import annotations

from kuva_desktop.messages.text import Text

# Every field as a sentence names it ("the comments", "nimi ruotsiksi"): the entries' fields and
# the fields of years, rounds, themes, goals, metrics and owners. A field written in two languages
# is named with "in Finnish" or "in Swedish" after it (``field.in.fi``, ``field.in.sv``).
FIELDS: dict[str, Text] = {
    "status": Text("status", "tila", "status"),
    "forecast": Text("forecast", "ennuste", "prognos"),
    "comment": Text("comments", "kommentit", "kommentarer"),
    "numeric": Text("numeric forecast", "numeerinen ennuste", "numerisk prognos"),
    "unit": Text("unit", "yksikkö", "enhet"),
    "explanation": Text("explanation", "selvitys", "utredning"),
    "outcome_explanation": Text("explanation", "selvitys", "utredning"),
    "division": Text("division", "toimiala", "sektor"),
    "name": Text("name", "nimi", "namn"),
    "title": Text("title", "otsikko", "rubrik"),
    "description": Text("description", "kuvaus", "beskrivning"),
    "text": Text("metric", "mittari", "indikator"),
    "target": Text("target level", "tavoitetaso", "målnivå"),
    "owners": Text("owner", "vastuuhenkilö", "ansvarsperson"),
    "links": Text("link", "kytkeytyminen", "koppling"),
    "email": Text("e-mail", "sähköposti", "e-post"),
    "area": Text("service area", "palvelukokonaisuus", "serviceområde"),
    "language": Text("language", "kieli", "språk"),
    "deadline": Text("deadline", "määräaika", "tidsfrist"),
    "state": Text("state", "tila", "status"),
    "layout": Text("layout", "asettelu", "uppställning"),
    "recovery": Text("recovery metric", "palautumismittari", "återhämtningsindikator"),
}
IN_LANGUAGE: dict[str, Text] = {
    "fi": Text("{name} in Finnish", "{name} suomeksi", "{name} på finska"),
    "sv": Text("{name} in Swedish", "{name} ruotsiksi", "{name} på svenska"),
}

MESSAGES: dict[str, Text] = {
    "year.missing": Text(
        "year {year}: not in the database",
        "vuosi {year}: ei ole tietokannassa",
        "år {year}: finns inte i databasen",
    ),
    "year.exists": Text(
        "year {year}: already in the database",
        "vuosi {year}: on jo tietokannassa",
        "år {year}: finns redan i databasen",
    ),
    "year.no_round": Text(
        "year {year}: has no round {round}",
        "vuodella {year} ei ole kierrosta {round}",
        "år {year} har ingen omgång {round}",
    ),
    # Lists in a sentence.
    "list.more": Text(" and {count} more", " ja {count} muuta", " och {count} till"),
    "use.goal": Text("{year} goal “{title}”", "{year} tavoite ”{title}”", "{year} mål ”{title}”"),
    "use.metric": Text(
        "{year} metric “{title}”", "{year} mittari ”{title}”", "{year} indikator ”{title}”"
    ),
    # The vocabulary of owners and links.
    "owner.no_name": Text(
        "an owner needs a name",
        "vastuuhenkilöllä on oltava nimi",
        "en ansvarsperson måste ha ett namn",
    ),
    "owner.bad_email": Text(
        "owner “{name}”: “{email}” is not an e-mail address",
        "vastuuhenkilö ”{name}”: ”{email}” ei ole sähköpostiosoite",
        "ansvarspersonen ”{name}”: ”{email}” är inte en e-postadress",
    ),
    "owner.bad_area": Text(
        "owner “{name}”: unknown service area “{area}”",
        "vastuuhenkilö ”{name}”: tuntematon palvelukokonaisuus ”{area}”",
        "ansvarspersonen ”{name}”: okänt serviceområde ”{area}”",
    ),
    "owner.bad_language": Text(
        "owner “{name}”: the language “{language}” is neither fi nor sv",
        "vastuuhenkilö ”{name}”: kieli ”{language}” ei ole fi eikä sv",
        "ansvarspersonen ”{name}”: språket ”{language}” är varken fi eller sv",
    ),
    "owner.exists": Text(
        "owner “{name}” is already in the vocabulary",
        "vastuuhenkilö ”{name}” on jo luettelossa",
        "ansvarspersonen ”{name}” finns redan i förteckningen",
    ),
    "owner.in_use": Text(
        "owner “{name}” is in use and cannot be deleted: {uses}{more}",
        "vastuuhenkilö ”{name}” on käytössä eikä sitä voi poistaa: {uses}{more}",
        "ansvarspersonen ”{name}” används och kan inte tas bort: {uses}{more}",
    ),
    "owner.gone": Text(
        "owner “{name}”: no longer in the database",
        "vastuuhenkilö ”{name}”: ei ole enää tietokannassa",
        "ansvarspersonen ”{name}”: finns inte längre i databasen",
    ),
    "owner.missing": Text(
        "owner “{name}”: not in the database",
        "vastuuhenkilö ”{name}”: ei ole tietokannassa",
        "ansvarspersonen ”{name}”: finns inte i databasen",
    ),
    "owner.nothing_assigned": Text(
        "owner “{name}”: nothing is assigned to them in {year}",
        "vastuuhenkilö ”{name}”: hänelle ei ole osoitettu mitään vuonna {year}",
        "ansvarspersonen ”{name}”: har inget tilldelat för {year}",
    ),
    "link.no_name": Text(
        "a link needs a Finnish name",
        "kytkeytymisellä on oltava suomenkielinen nimi",
        "en koppling måste ha ett finskt namn",
    ),
    "link.exists": Text(
        "link “{name}” is already in the vocabulary",
        "kytkeytyminen ”{name}” on jo luettelossa",
        "kopplingen ”{name}” finns redan i förteckningen",
    ),
    "link.in_use": Text(
        "link “{name}” is in use and cannot be deleted: {uses}{more}",
        "kytkeytyminen ”{name}” on käytössä eikä sitä voi poistaa: {uses}{more}",
        "kopplingen ”{name}” används och kan inte tas bort: {uses}{more}",
    ),
    "link.gone": Text(
        "link “{name}”: no longer in the database",
        "kytkeytyminen ”{name}”: ei ole enää tietokannassa",
        "kopplingen ”{name}”: finns inte längre i databasen",
    ),
    "round.not_open": Text(
        "{year} round {round} is {state}: packages are issued only for an open round",
        "vuoden {year} kierros {round} on {state}: työpaketteja jaetaan vain avoimelle "
        "kierrokselle",
        "{year} omgång {round} är {state}: arbetspaket delas bara ut för en öppen omgång",
    ),
    "round.state.open": Text("open", "avoin", "öppen"),
    "round.state.closed": Text("closed", "suljettu", "stängd"),
    "round.state.locked": Text("locked", "lukittu", "låst"),
    # Edits the rules refuse (EditRefused).
    "round.locked": Text(
        "round {round} is locked", "kierros {round} on lukittu", "omgång {round} är låst"
    ),
    "round.locked_entries": Text(
        "round {round} is locked: what has entries there stays",
        "kierros {round} on lukittu: mitä sillä on kirjattu, pysyy",
        "omgång {round} är låst: det som har uppgifter där finns kvar",
    ),
    "status.unknown": Text(
        "unknown status {text}", "tuntematon tila {text}", "okänd status {text}"
    ),
    "status.wrong_round": Text(
        "{status} does not belong in round {round}",
        "tila {status} ei kuulu kierrokselle {round}",
        "status {status} hör inte till omgång {round}",
    ),
    "numeric.not_a_number": Text(
        "not a number: {text}", "ei ole luku: {text}", "inte ett tal: {text}"
    ),
    "numeric.below_zero": Text(
        "below zero: {value}", "alle nollan: {value}", "under noll: {value}"
    ),
    "numeric.too_large": Text(
        "too large a number: {value}", "liian suuri luku: {value}", "för stort tal: {value}"
    ),
    "edit.restore_field_only": Text(
        "only the change of a field can be restored",
        "vain kentän muutoksen voi palauttaa",
        "bara ändringen av ett fält kan återställas",
    ),
    "edit.gone": Text(
        "{kind} {key}: no longer in the database",
        "{kind} {key}: ei ole enää tietokannassa",
        "{kind} {key}: finns inte längre i databasen",
    ),
    "value.control": Text(
        "{where}: a control character ({char}) is not allowed; only tab and line break are",
        "{where}: ohjausmerkki ({char}) ei ole sallittu; vain sarkain ja rivinvaihto ovat",
        "{where}: ett styrtecken ({char}) är inte tillåtet; bara tabb och radbrytning är det",
    ),
    "value.bidi": Text(
        "{where}: the character {char} would show the text in another order than it is written; "
        "remove it",
        "{where}: merkki {char} näyttäisi tekstin eri järjestyksessä kuin se on kirjoitettu; "
        "poista se",
        "{where}: tecknet {char} skulle visa texten i en annan ordning än den är skriven; "
        "ta bort det",
    ),
    "value.line_break": Text(
        "{where}: must be on one line",
        "{where}: on kirjoitettava yhdelle riville",
        "{where}: ska stå på en rad",
    ),
    "value.too_long": Text(
        "{where}: {length} characters; at most {limit} are allowed",
        "{where}: {length} merkkiä; enintään {limit} on sallittu",
        "{where}: {length} tecken; högst {limit} är tillåtna",
    ),
    "value.not_number": Text(
        "{where}: not a number ({text})",
        "{where}: ei ole luku ({text})",
        "{where}: inte ett tal ({text})",
    ),
    "value.negative": Text(
        "{where}: a numeric forecast cannot be below zero ({text})",
        "{where}: numeerinen ennuste ei voi olla alle nollan ({text})",
        "{where}: en numerisk prognos kan inte vara under noll ({text})",
    ),
    "value.not_text": Text(
        "{where}: not a text ({text})",
        "{where}: ei ole tekstiä ({text})",
        "{where}: inte en text ({text})",
    ),
    "value.too_large": Text(
        "{where}: {text} is too large; a numeric forecast is at most {limit}",
        "{where}: {text} on liian suuri; numeerinen ennuste on enintään {limit}",
        "{where}: {text} är för stort; en numerisk prognos är högst {limit}",
    ),
    "value.too_precise": Text(
        "{where}: {text} has more than {places} decimals",
        "{where}: luvussa {text} on yli {places} desimaalia",
        "{where}: {text} har fler än {places} decimaler",
    ),
    "value.status_unknown": Text(
        "{where}: unknown status '{text}'",
        "{where}: tuntematon tila '{text}'",
        "{where}: okänd status '{text}'",
    ),
    "value.status_round": Text(
        "{where}: the status {text} does not belong in round {round}",
        "{where}: tila {text} ei kuulu kierrokselle {round}",
        "{where}: statusen {text} hör inte till omgång {round}",
    ),
    "value.choice": Text(
        "{where}: {text} is not one of {choices}",
        "{where}: {text} ei ole mikään arvoista {choices}",
        "{where}: {text} är inte något av {choices}",
    ),
    "value.date": Text(
        "{where}: not a date ({text}); write it as YYYY-MM-DD",
        "{where}: ei ole päivämäärä ({text}); kirjoita muodossa VVVV-KK-PP",
        "{where}: inte ett datum ({text}); skriv det som ÅÅÅÅ-MM-DD",
    ),
    "edit.conflict": Text(
        "someone else changed the value after it was read: nothing was overwritten",
        "joku muu muutti arvoa sen jälkeen, kun se luettiin: mitään ei kirjoitettu yli",
        "någon annan ändrade värdet efter att det lästes: inget skrevs över",
    ),
    **{f"field.{name}": text for name, text in FIELDS.items()},
    **{f"field.in.{lang}": text for lang, text in IN_LANGUAGE.items()},
}
