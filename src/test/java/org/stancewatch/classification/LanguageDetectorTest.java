package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "EN | The Internet should remain open and governed by all of its stakeholders.",
        "EN | We are pleased that the mandate of the forum has been extended for ten years.",
        "FR | La gouvernance de l'Internet doit rester ouverte et associer toutes les parties prenantes.",
        "FR | Nous sommes très attachés à ce modèle qui a fait ses preuves.",
        "ES | La gobernanza de Internet debe seguir siendo abierta y con la participación de todos.",
        "ES | ¿Quién decide las políticas de la red en nuestros países?",
        "RU | Управление интернетом должно быть открытым и прозрачным.",
        "ZH | 互联网治理应当开放、透明。",
        "ZH | 網際網路治理應當開放、透明。",
        "AR | يجب أن تظل حوكمة الإنترنت مفتوحة وشفافة.",
    })
    void detects(Language expected, String text) {
        assertEquals(expected, LanguageDetector.detect(text));
    }

    @ParameterizedTest
    @CsvSource({"ar,AR", "ZH,ZH", "en,EN", "Fr,FR", "ru,RU", "es,ES", "zh-Hant,ZH", "en_GB,EN"})
    void codes(String code, Language expected) {
        assertEquals(expected, Language.fromCode(code).orElseThrow());
        assertEquals(expected.name().toLowerCase(), expected.code());
    }

    @ParameterizedTest
    @CsvSource({"de", "xx", "''"})
    void unknownCodes(String code) {
        assertEquals(java.util.Optional.empty(), Language.fromCode(code));
    }
}
