"""Which language a text is written in: the function words of other common languages, the words cmo knows to be
English, and `written_in`, which names the language of a text not written in English.

A base module, so that every layer may read a text's language: synthesis (statements written in another language,
`cmo.synthesis.languages`; stop words, `cmo.synthesis.lexicon`) and bib (a work titled in English by one database and in
its own language by another, `cmo.bib.linking`).

The function word lists are the Snowball project's stop word lists (snowballstem.org, algorithms/LANGUAGE/stop.txt,
2026; the project whose stemmer cmo uses; 3-clause BSD licence, copyright (c) 2001 Dr Martin Porter, (c) 2002 Richard
Boulton): articles, pronouns, prepositions, conjunctions and the forms of "to be" and "to have", and no content words.
The wider lists of the stop-words package also hold words such as "trabajo", "tiempo" and "persone", which statements
about work, time or people share for a reason.

The English lexicon (`english_word_tags`) is the file `cmo/synthesis/english/word_forms.txt`, beside the lexical
backend's other word lists, built by scripts/build_word_forms.py; it is read by its path, not imported.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

from cmo.normalise import fold

_SNOWBALL_STOP_LISTS: dict[str, str] = {
    "French": """
    au aux avec ce ces dans de des du elle en et eux il je la le leur lui ma mais me même mes moi mon ne nos notre nous
    on ou par pas pour qu que qui sa se ses sur ta te tes toi ton tu un une vos votre vous c d j l à m n s t y étée
    étées étant suis es êtes sont serai seras sera serons serez seront serais serait serions seriez seraient étais était
    étions étiez étaient fus fut fûmes fûtes furent sois soit soyons soyez soient fusse fusses fussions fussiez fussent
    ayant eu eue eues eus ai avons avez ont aurai aurons aurez auront aurais aurait aurions auriez auraient avais avait
    aviez avaient eut eûmes eûtes eurent aie aies ait ayons ayez aient eusse eusses eût eussions eussiez eussent ceci
    cela celà cet cette ici ils les leurs quel quels quelle quelles sans soi
    """,
    "Spanish": """
    de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta
    entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese
    eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual
    poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros vosotras os mío mía míos
    mías tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras
    esos esas estoy estás está estamos estáis están esté estés estemos estéis estén estaré estarás estará estaremos
    estaréis estarán estaría estarías estaríamos estaríais estarían estaba estabas estábamos estabais estaban estuve
    estuviste estuvo estuvimos estuvisteis estuvieron estuviera estuvieras estuviéramos estuvierais estuvieran estuviese
    estuvieses estuviésemos estuvieseis estuviesen estando estado estada estados estadas estad he has ha hemos habéis
    han haya hayas hayamos hayáis hayan habré habrás habrá habremos habréis habrán habría habrías habríamos habríais
    habrían había habías habíamos habíais habían hube hubiste hubo hubimos hubisteis hubieron hubiera hubieras
    hubiéramos hubierais hubieran hubiese hubieses hubiésemos hubieseis hubiesen habiendo habido habida habidos habidas
    soy eres es somos sois son sea seas seamos seáis sean seré serás será seremos seréis serán sería serías seríamos
    seríais serían era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron fuera fueras fuéramos fuerais fueran
    fuese fueses fuésemos fueseis fuesen siendo sido tengo tienes tiene tenemos tenéis tienen tenga tengas tengamos
    tengáis tengan tendré tendrás tendrá tendremos tendréis tendrán tendría tendrías tendríamos tendríais tendrían tenía
    tenías teníamos teníais tenían tuve tuviste tuvo tuvimos tuvisteis tuvieron tuviera tuvieras tuviéramos tuvierais
    tuvieran tuviese tuvieses tuviésemos tuvieseis tuviesen teniendo tenido tenida tenidos tenidas tened
    """,
    "Portuguese": """
    de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das à seu sua ou quando muito
    nos já eu também só pelo pela até isso ela entre depois sem mesmo aos seus quem nas me esse eles você essa num nem
    suas meu às minha numa pelos elas qual nós lhe deles essas esses pelas este dele tu te vocês vos lhes meus minhas
    teu tua teus tuas nosso nossa nossos nossas dela delas esta estes estas aquele aquela aqueles aquelas isto aquilo
    estou está estamos estão estive esteve estivemos estiveram estava estávamos estavam estivera estivéramos esteja
    estejamos estejam estivesse estivéssemos estivessem estiver estivermos estiverem hei há havemos hão houve houvemos
    houveram houvera houvéramos haja hajamos hajam houvesse houvéssemos houvessem houver houvermos houverem houverei
    houverá houveremos houverão houveria houveríamos houveriam sou somos são era éramos eram fui foi fomos foram fora
    fôramos seja sejamos sejam fosse fôssemos fossem for formos forem serei será seremos serão seria seríamos seriam
    tenho tem temos tém tinha tínhamos tinham tive teve tivemos tiveram tivera tivéramos tenha tenhamos tenham tivesse
    tivéssemos tivessem tiver tivermos tiverem terei terá teremos terão teria teríamos teriam
    """,
    "German": """
    aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anderr
    anders auch auf aus bei bin bis bist da damit dann der den des dem die das daß derselbe derselben denselben
    desselben demselben dieselbe dieselben dasselbe dazu dein deine deinem deinen deiner deines denn derer dessen dich
    dir du dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines einig einige einigem
    einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren eurer eures für gegen gewesen hab habe
    haben hat hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede
    jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können könnte
    machen man manche manchem manchen mancher manches mein meine meinem meinen meiner meines mit muss musste nach nicht
    nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie ihnen sind so solche
    solchem solchen solcher solches soll sollte sondern sonst über um und uns unse unsem unsen unser unses unter viel
    vom von vor während war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie
    wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen
    """,
    "Italian": """
    ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle di del dello dei degli
    dell degl della delle in nel nello nei negli nell negl nella nelle su sul sullo sui sugli sull sugl sulla sulle per
    tra contro io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre
    vostro vostra vostri vostre mi ti ci vi lo la li le gli ne il un uno una ma ed se perché anche come dov dove che chi
    cui non più quale quanto quanti quanta quante quello quelli quella quelle questo questi questa queste si tutto tutti
    a c e i l o ho hai ha abbiamo avete hanno abbia abbiate abbiano avrò avrai avrà avremo avrete avranno avrei avresti
    avrebbe avremmo avreste avrebbero avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo aveste ebbero
    avessi avesse avessimo avessero avendo avuto avuta avuti avute sono sei è siamo siete sia siate siano sarò sarai
    sarà saremo sarete saranno sarei saresti sarebbe saremmo sareste sarebbero ero eri era eravamo eravate erano fui
    fosti fu fummo foste furono fossi fosse fossimo fossero essendo faccio fai facciamo fanno faccia facciate facciano
    farò farai farà faremo farete faranno farei faresti farebbe faremmo fareste farebbero facevo facevi faceva facevamo
    facevate facevano feci facesti fece facemmo faceste fecero facessi facesse facessimo facessero facendo sto stai sta
    stiamo stanno stia stiate stiano starò starai starà staremo starete staranno starei staresti starebbe staremmo
    stareste starebbero stavo stavi stava stavamo stavate stavano stetti stesti stette stemmo steste stettero stessi
    stesse stessimo stessero stando
    """,
    "Dutch": """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn
    men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me
    zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens
    hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere
    """,
}

_WORD = re.compile(r"[a-z0-9]+")


def words_of(text: str) -> list[str]:
    """The words of a text as the lexical backend reads them: folded (no accents), lower case, letters and digits."""
    return _WORD.findall(fold((text or "").replace("\u2019", "'")).lower())


FUNCTION_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(w for word in listed.split() for w in words_of(word) if len(w) > 1)
    for language, listed in _SNOWBALL_STOP_LISTS.items()
}
"""Per language, its function words as the lexical backend reads them (one-letter words are never terms anyway)."""


ENGLISH_TOO = frozenset(
    """
    all allen also am an ante antes as ate ben bin ci come como con den die dies do dos dove estes for fora fosse fumes
    fur fusses ge had has hay he hem hoe in is li man me men met mir mit muss no nostra of on os over per pour quanta
    sara sera sere sin so sue ti want war was welches will
    """.split()
)
"""The other languages' function words that are English words too (English stop words or words the English lexicon
knows: "die", "come", "will", "war"), which keep their English reading. Written out rather than read from the lexicon
when cmo starts (that read is ~40 ms every command pays); `tests/test_s39_followups.py` checks it against the lexicon."""


def other_function_words() -> frozenset[str]:
    """The other languages' function words that are no English word (`ENGLISH_TOO`)."""
    return frozenset().union(*FUNCTION_WORDS.values()) - ENGLISH_TOO


ENGLISH_STOPWORDS = frozenset(
    """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each either few for
from further had has have having he her here hers herself him himself his how i if in into is
it its itself just me more most my myself neither nor of off on once only or other others our
ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
one ones many much via per whether within without upon onto among amongst not no never
""".split()
)

BE_FORMS = frozenset("is are was were am be been being isn't aren't wasn't weren't".split())
LINKING_VERBS = frozenset("feel feels felt seem seems seemed become becomes became get gets got remain remains remained".split())
"""Verbs that link their subject to an adjective after them ("people felt safe"), as a form of "be" does."""
DEGREE_WORDS = frozenset("more less much very far too so".split())
"""Words of degree before an adjective ("so happy", "too far")."""
MODAL_AUXILIARIES = frozenset("can could may might must shall should will would".split())
"""English's modal auxiliaries, a closed class of function words as the stop words are."""

_WORD_FORMS = Path(__file__).resolve().parent / "synthesis" / "english" / "word_forms.txt"


@cache
def english_word_tags() -> dict[str, frozenset[str]]:
    """The English lexicon's word forms and their tags (`english/word_forms.txt`, built by scripts/build_word_forms.py):
    every verb form and adjective, and the nouns whose number their last letter does not tell."""
    tags: dict[str, frozenset[str]] = {}
    for line in _WORD_FORMS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, *words = line.split()
            tags.update(dict.fromkeys(words, frozenset(key)))
    return tags


@cache
def english_words() -> frozenset[str]:
    """The words cmo knows to be English: its stop words and the words of the English lexicon."""
    return ENGLISH_STOPWORDS | frozenset(english_word_tags())


MIN_WORDS = 2
"""At least this many of a language's own function words before a statement is said to be written in it: one "de" or
"la" in an English sentence is a name's ("Hôpital de la Croix-Rousse" has two, and more English words than those)."""


_COMPOUNDS = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")
"""A word, or a compound whose parts a hyphen joins ("on-line", "follow-up", "Croix-Rousse"): one word of the sentence."""


def _parts(compound: str) -> list[str]:
    """The words of one word or hyphened compound as the lexical backend reads them, but one-letter ones."""
    return [w for w in words_of(compound) if len(w) > 1]


def written_in(*texts: str) -> str | None:
    """The language a statement (its elements, given together) is written in, when that is not English: the language
        whose own function words it holds most, when they number `MIN_WORDS` or more and outnumber the words only English
        reads (English stop words and the words the English lexicon knows, less any of that language's function words,
        which are read both ways: "a", "in", "die"). A hyphened compound is one word, however many words its parts are
    ("tradutores on-line" holds one English word, not the function words "on" and "line"). None for English, or when
    nothing tells."""
    script = unread_script(*texts)
    if script:
        return script
    words = [parts for text in texts for compound in _COMPOUNDS.findall(text or "") if (parts := _parts(compound))]
    english = english_words()
    best, best_count = None, 0
    for language, own in FUNCTION_WORDS.items():
        theirs = sum(1 for parts in words if any(w in own and w not in english for w in parts))
        ours = sum(1 for parts in words if any(w in english and w not in own for w in parts))
        if theirs >= MIN_WORDS and theirs > ours and theirs > best_count:
            best, best_count = language, theirs
    return best


def unread_script(*texts: str) -> str | None:
    """The script a statement is written in ("Arabic script") where most of its letters are in one the lexical backend
    cannot read, any but the Latin alphabet: its words are no terms, and what an English sentence model finds alike in
    two of them is their script's tokens, not their meaning (trial CJ: two statements coded in Urdu made a configuration
    of their own, on nothing they said alike). Such a statement is written in another language than English, as
    `written_in` names it, so no two are joined. A word or two in another script inside an English statement ("the
    imam (امام) is trusted") leaves it English."""
    letters = [c for text in texts for c in (text or "") if c.isalpha()]
    names = Counter(unicodedata.name(c, "").split(" ")[0] for c in letters)
    names.pop("LATIN", 0)
    if not names:
        return None
    script, count = names.most_common(1)[0]
    if 2 * sum(names.values()) <= len(letters) or not script:
        return None
    return f"{script.title() if script != 'CJK' else 'CJK'} script"
