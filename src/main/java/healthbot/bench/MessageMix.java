package healthbot.bench;

import java.util.List;

/**
 * The realistic message mix: whole conversations, as residents write them, against the real
 * content in {@code intents/}. Each step names the intent and awaited slot the bench expects, so
 * a content change that stops a flow from being multi-turn shows up as a warning instead of
 * silently measuring something else.
 */
final class MessageMix {

    /** What a message exercises; latencies and allocations are also reported per kind. */
    enum Kind { ANSWER, FLOW, EMERGENCY, EMERGENCY_MID_FLOW, OUT_OF_SCOPE }

    /** One message and what the bot should make of it ({@code awaiting} null: a final answer). */
    record Step(String text, Kind kind, String intent, String awaiting) {
    }

    /** Messages of one chat, in order; {@code norwegian} when written in Norwegian. */
    record Conversation(String name, boolean norwegian, List<Step> steps) {
    }

    private static final Kind A = Kind.ANSWER;
    private static final Kind F = Kind.FLOW;
    private static final Kind E = Kind.EMERGENCY;
    private static final Kind M = Kind.EMERGENCY_MID_FLOW;
    private static final Kind O = Kind.OUT_OF_SCOPE;

    /** Emergencies in English, Norwegian and with typos: what the emergency phase sends. */
    static final List<String> EMERGENCIES = List.of("I need an ambulance now", "my frend is not breathin",
            "someone collapsed and is not breathing", "ambulance!! my dad fell and hit his head",
            "hjelp, mannen min har fått hjerteinfarkt", "ring 113 han puster ikke",
            "what is the emergency number in norway");

    /** Flow openings that leave a chat waiting for an answer: the states the emergency phase interrupts. */
    static final List<String> FLOW_OPENINGS = List.of("is the dentist free", "how much does physio cost",
            "travel refund dentist", "er tannlegen gratis?", "am I entitled to a GP");

    private MessageMix() {
    }

    static List<Conversation> conversations() {
        return List.of(
                en("dental youth: birth year, then region",
                        s("is the dentist free for me", F, "dental_free", "birth_year"),
                        s("I was born in 2007", F, "dental_free", "region"),
                        s("I live in Sandvika", F, "dental_free", null)),
                en("dental youth: bare answers",
                        s("is the dentist free", F, "dental_free", "birth_year"),
                        s("2007", F, "dental_free", "region"),
                        s("Bærum", F, "dental_free", null)),
                en("dental adult: category",
                        s("do I have to pay the dentist", F, "dental_free", "birth_year"),
                        s("1990", F, "dental_free", "category"),
                        s("None of these", F, "dental_free", null)),
                en("dental: everything in one message",
                        s("is the dentist free for my 12 year old son", F, "dental_free", null)),
                en("dental: emergency mid-flow, then resume",
                        s("is the dentist free", F, "dental_free", "birth_year"),
                        s("2007", F, "dental_free", "region"),
                        s("ambulance!! my dad fell and hit his head", M, "emergency", null),
                        s("continue", F, "dental_free", "region"),
                        s("Østfold", F, "dental_free", null)),
                en("physio charge",
                        s("how much does physio cost", F, "physio_charge", "age"),
                        s("34", F, "physio_charge", "occupational_injury"),
                        s("no", F, "physio_charge", "paid"),
                        s("500 kr", F, "physio_charge", null)),
                en("physio: child",
                        s("do I have to pay for physiotherapy", F, "physio_charge", "age"),
                        s("my daughter is 12", F, "physio_charge", null)),
                en("dental travel by taxi",
                        s("travel refund dentist", F, "dental_travel", "free_care"),
                        s("yes", F, "dental_travel", "specialist"),
                        s("no", F, "dental_travel", "local_clinic"),
                        s("no", F, "dental_travel", "transport"),
                        s("Taxi", F, "dental_travel", "taxi_approved"),
                        s("yes", F, "dental_travel", null)),
                en("dental travel by car",
                        s("can I get money back for travel to the dentist", F, "dental_travel", "free_care"),
                        s("yes", F, "dental_travel", "specialist"),
                        s("no", F, "dental_travel", "local_clinic"),
                        s("no", F, "dental_travel", "transport"),
                        s("Own car", F, "dental_travel", "km"),
                        s("200", F, "dental_travel", null)),
                en("clinic for age",
                        s("which clinic for my 8 year old", F, "clinic_for_age", null)),
                en("clinic: asks the age",
                        s("age limit health clinic", F, "clinic_for_age", "age"),
                        s("15", F, "clinic_for_age", null)),
                en("GP entitlement",
                        s("am I entitled to a GP", F, "gp_entitlement", "registered"),
                        s("yes", F, "gp_entitlement", null)),
                en("GP registration with small talk",
                        s("hi", A, "greeting", null),
                        s("how do I register with a GP", A, "gp_register", null),
                        s("thanks", A, "thanks", null)),
                en("single answers",
                        s("where is the legevakt", A, "legevakt", null),
                        s("do I have the right to an interpreter", A, "interpreter", null),
                        s("how much does a GP visit cost", A, "gp_fee", null),
                        s("bye", A, "goodbye", null)),
                en("typos",
                        s("how do i regster with a gp", A, "gp_register", null),
                        s("physioterapist", A, "physio_info", null),
                        s("toothache at the weekend", A, "emergency_dentist", null)),
                en("emergency", s("I need an ambulance now", E, "emergency", null)),
                en("emergency with typos", s("my frend is not breathin", E, "emergency", null)),
                en("emergency number", s("what is the emergency number in norway", E, "emergency", null)),
                en("out of scope",
                        s("what's the weather tomorrow", O, "fallback", null),
                        s("book a flight to bergen", O, "fallback", null),
                        s("how do I renew my passport", O, "fallback", null)),
                no("Norwegian: dental",
                        s("er tannlegen gratis?", F, "dental_free", "birth_year"),
                        s("2006", F, "dental_free", "region"),
                        s("Bærum", F, "dental_free", null)),
                no("Norwegian: GP with small talk",
                        s("hei", A, "greeting", null),
                        s("hvordan får jeg fastlege", A, "gp_register", null),
                        s("takk", A, "thanks", null)),
                no("Norwegian: emergency", s("hjelp, mannen min har fått hjerteinfarkt", E, "emergency", null)),
                no("Norwegian: physio charge",
                        s("hva koster fysioterapi", F, "physio_charge", "age"),
                        s("45", F, "physio_charge", "occupational_injury"),
                        s("nei", F, "physio_charge", "paid"),
                        s("800 kr", F, "physio_charge", null)),
                no("Norwegian: single answers",
                        s("når er legevakten åpen", A, "legevakt", null),
                        s("trenger tolk hos legen", A, "interpreter", null)),
                no("Norwegian: emergency mid-flow, then resume",
                        s("hva koster fysioterapi", F, "physio_charge", "age"),
                        s("ring 113 han puster ikke", M, "emergency", null),
                        s("fortsett", F, "physio_charge", "age"),
                        s("70", F, "physio_charge", "occupational_injury")));
    }

    private static Step s(String text, Kind kind, String intent, String awaiting) {
        return new Step(text, kind, intent, awaiting);
    }

    private static Conversation en(String name, Step... steps) {
        return new Conversation(name, false, List.of(steps));
    }

    private static Conversation no(String name, Step... steps) {
        return new Conversation(name, true, List.of(steps));
    }
}
