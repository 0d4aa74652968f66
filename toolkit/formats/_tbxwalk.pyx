# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""The TBX reader's walk compiled: expat, driven from C, builds the model of a plain file.

Reading a 100 MB TBX spends most of its time handing each of its 1.6 million elements to
Python. Here expat (the one inside Python, reached through pyexpat's capsule, so nothing is
linked) calls C functions, and Python objects are made only for what the model keeps.

It reads only plain files: the elements TBX-Basic and TBX v2 entries are made of, each where
it belongs, every value one the model accepts (`read`'s tables come from `toolkit.formats.tbx`,
so what is valid is decided in one place). Anything else, an unknown element, a value to
report, an empty term, a comment inside an entry, a DOCTYPE, malformed XML, returns None and the Python walk
reads the file instead, with its messages and line numbers. What a plain file gives is the
same model either walk builds (`tests/formats/test_tbx_compiled.py`).
"""

from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_GET_SIZE
from cpython.mem cimport PyMem_Free, PyMem_Realloc
from cpython.pycapsule cimport PyCapsule_Import
from libc.string cimport memchr, memcmp, memcpy, strcmp, strlen

cdef extern from *:
    """
    typedef char XML_Char;
    typedef char XML_LChar;
    typedef unsigned long XML_Size;
    typedef struct XML_ParserStruct *XML_Parser;
    enum XML_Status { XML_STATUS_ERROR = 0, XML_STATUS_OK = 1, XML_STATUS_SUSPENDED = 2 };
    enum XML_Error { XML_ERROR_NONE = 0 };
    typedef struct {
        void *(*malloc_fcn)(size_t size);
        void *(*realloc_fcn)(void *ptr, size_t size);
        void (*free_fcn)(void *ptr);
    } XML_Memory_Handling_Suite;
    typedef void (*XML_StartElementHandler)(void *, const XML_Char *, const XML_Char **);
    typedef void (*XML_EndElementHandler)(void *, const XML_Char *);
    typedef void (*XML_CharacterDataHandler)(void *, const XML_Char *, int);
    typedef void (*XML_CommentHandler)(void *, const XML_Char *);
    typedef void (*XML_DefaultHandler)(void *, const XML_Char *, int);
    typedef void (*XML_StartNamespaceDeclHandler)(void *, const XML_Char *, const XML_Char *);
    typedef void (*XML_EndNamespaceDeclHandler)(void *, const XML_Char *);
    typedef void (*XML_ProcessingInstructionHandler)(void *, const XML_Char *, const XML_Char *);
    typedef struct { int map[256]; void *data; int (*convert)(void *, const char *); void (*release)(void *); } XML_Encoding;
    typedef int (*XML_UnknownEncodingHandler)(void *, const XML_Char *, XML_Encoding *);
    typedef void (*XML_StartDoctypeDeclHandler)(void *, const XML_Char *, const XML_Char *, const XML_Char *, int);
    #include "pyexpat.h"
    """
    ctypedef struct XML_ParserStruct
    ctypedef XML_ParserStruct* XML_Parser
    ctypedef void (*StartHandler)(void*, const char*, const char**) noexcept
    ctypedef void (*EndHandler)(void*, const char*) noexcept
    ctypedef void (*TextHandler)(void*, const char*, int) noexcept
    ctypedef void (*CommentHandler)(void*, const char*) noexcept
    ctypedef void (*PIHandler)(void*, const char*, const char*) noexcept
    ctypedef void (*DoctypeHandler)(void*, const char*, const char*, const char*, int) noexcept
    struct PyExpat_CAPI:
        char* magic
        int size
        int (*Parse)(XML_Parser, const char*, int, int)
        XML_Parser (*ParserCreate_MM)(const char*, const void*, const char*)
        void (*ParserFree)(XML_Parser)
        void (*SetCharacterDataHandler)(XML_Parser, TextHandler)
        void (*SetCommentHandler)(XML_Parser, CommentHandler)
        void (*SetElementHandler)(XML_Parser, StartHandler, EndHandler)
        void (*SetProcessingInstructionHandler)(XML_Parser, PIHandler)
        void (*SetUserData)(XML_Parser, void*)
        void (*SetStartDoctypeDeclHandler)(XML_Parser, DoctypeHandler)
    const char* PyExpat_CAPI_MAGIC
    const char* PyExpat_CAPSULE_NAME


cdef PyExpat_CAPI* EXPAT = <PyExpat_CAPI*>PyCapsule_Import(PyExpat_CAPSULE_NAME, 0)
if strcmp(EXPAT.magic, PyExpat_CAPI_MAGIC) != 0 or EXPAT.size < <int>sizeof(PyExpat_CAPI):
    raise ImportError("pyexpat's C interface is not the one this module was built for")

from toolkit.model.termbase import Concept, Context, Term

# Namespaces, as expat reports them ("URI" SEPARATOR "local"); the separator cannot occur in
# a URI or a name.
cdef const char* SEPARATOR = "\x01"
cdef bytes XML_LANG = b"http://www.w3.org/XML/1998/namespace\x01lang"

# Where an element stands: the file's own namespace (TBX v3's, or none for v2), a TBX-Basic
# module's (min:, basic:), or another one.
cdef enum Space:
    CORE, MODULE, FOREIGN

# The core elements a plain file is made of; every other local name is OTHER.
cdef enum Name:
    OTHER, TBX, MARTIF, TBX_HEADER, MARTIF_HEADER, TITLE_STMT, TITLE, SOURCE_DESC, P, NOTE,
    TEXT, BODY, CONCEPT_ENTRY, TERM_ENTRY, LANG_SEC, LANG_SET, TERM_SEC, TIG, TERM,
    DESCRIP, ADMIN, TERM_NOTE, REF, XREF, DESCRIP_GRP, ADMIN_GRP, TERM_NOTE_GRP,
    TRANSAC_GRP, TRANSAC, TRANSAC_NOTE, DATE, BACK

# What an open element is to the walk.
cdef enum Role:
    ROOT, HEADER, HEADER_LEAF, TEXT_PART, BODY_PART, ENTRY, LANG, TERM_PART, TERM_TEXT, GROUP, LEAF,
    TRANSACTIONS, TRANSACTION, BACK_MATTER

# What a leaf or a group's leaves apply to.
cdef enum Level:
    TO_CONCEPT, TO_LANGUAGE, TO_TERM, TO_CONTEXT

# The data categories the model keeps; any other is read and dropped, as the Python walk does.
cdef enum Category:
    UNKNOWN, SUBJECT_FIELD, DEFINITION, SOURCE, EXTERNAL_CROSS_REFERENCE,
    CROSS_REFERENCE, C_NOTE, TERM_TYPE, ADMINISTRATIVE_STATUS, USAGE_STATUS, PART_OF_SPEECH,
    GRAMMATICAL_GENDER, GEOGRAPHICAL_USAGE, CONTEXT

# libxml2 (the Python walk's parser) refuses deep nesting, long text and long names; past
# these smaller limits the Python walk reads the file, so both walks refuse the same files.
cdef enum:
    MAX_DEPTH = 200
    MAX_RUN = 1000000
    MAX_NAME = 1000
    CHUNK = 1 << 20


cdef Name name_of(const char* local):
    cdef char first = local[0]
    if first == b"a":
        if strcmp(local, "admin") == 0: return ADMIN
        if strcmp(local, "adminGrp") == 0: return ADMIN_GRP
    elif first == b"b":
        if strcmp(local, "body") == 0: return BODY
        if strcmp(local, "back") == 0: return BACK
    elif first == b"c":
        if strcmp(local, "conceptEntry") == 0: return CONCEPT_ENTRY
    elif first == b"d":
        if strcmp(local, "descrip") == 0: return DESCRIP
        if strcmp(local, "descripGrp") == 0: return DESCRIP_GRP
        if strcmp(local, "date") == 0: return DATE
    elif first == b"l":
        if strcmp(local, "langSec") == 0: return LANG_SEC
        if strcmp(local, "langSet") == 0: return LANG_SET
    elif first == b"m":
        if strcmp(local, "martif") == 0: return MARTIF
        if strcmp(local, "martifHeader") == 0: return MARTIF_HEADER
    elif first == b"n":
        if strcmp(local, "note") == 0: return NOTE
    elif first == b"p":
        if local[1] == 0: return P
    elif first == b"r":
        if strcmp(local, "ref") == 0: return REF
    elif first == b"s":
        if strcmp(local, "sourceDesc") == 0: return SOURCE_DESC
    elif first == b"t":
        if strcmp(local, "term") == 0: return TERM
        if strcmp(local, "termNote") == 0: return TERM_NOTE
        if strcmp(local, "termSec") == 0: return TERM_SEC
        if strcmp(local, "tig") == 0: return TIG
        if strcmp(local, "termEntry") == 0: return TERM_ENTRY
        if strcmp(local, "termNoteGrp") == 0: return TERM_NOTE_GRP
        if strcmp(local, "text") == 0: return TEXT
        if strcmp(local, "title") == 0: return TITLE
        if strcmp(local, "titleStmt") == 0: return TITLE_STMT
        if strcmp(local, "tbx") == 0: return TBX
        if strcmp(local, "tbxHeader") == 0: return TBX_HEADER
        if strcmp(local, "transacGrp") == 0: return TRANSAC_GRP
        if strcmp(local, "transac") == 0: return TRANSAC
        if strcmp(local, "transacNote") == 0: return TRANSAC_NOTE
    elif first == b"x":
        if strcmp(local, "xref") == 0: return XREF
    return OTHER


cdef Category category_of(const char* name):
    if strcmp(name, "termType") == 0: return TERM_TYPE
    if strcmp(name, "administrativeStatus") == 0: return ADMINISTRATIVE_STATUS
    if strcmp(name, "context") == 0: return CONTEXT
    if strcmp(name, "source") == 0: return SOURCE
    if strcmp(name, "note") == 0: return C_NOTE
    if strcmp(name, "subjectField") == 0: return SUBJECT_FIELD
    if strcmp(name, "definition") == 0: return DEFINITION
    if strcmp(name, "partOfSpeech") == 0: return PART_OF_SPEECH
    if strcmp(name, "grammaticalGender") == 0: return GRAMMATICAL_GENDER
    if strcmp(name, "geographicalUsage") == 0: return GEOGRAPHICAL_USAGE
    if strcmp(name, "usageStatus") == 0: return USAGE_STATUS
    if strcmp(name, "crossReference") == 0: return CROSS_REFERENCE
    if strcmp(name, "externalCrossReference") == 0: return EXTERNAL_CROSS_REFERENCE
    return UNKNOWN


cdef const char* attribute(const char** atts, const char* name):
    cdef int i = 0
    while atts[i] != NULL:
        if strcmp(atts[i], name) == 0:
            return atts[i + 1]
        i += 2
    return NULL


cdef inline object text_or_none(const char* value):
    return None if value == NULL else value.decode("utf-8")


cdef bint folded(const char* text, Py_ssize_t length):
    """Whether UTF-8 text already has its white space folded as str.split() folds it: no
    space at either end or twice, and no byte that may begin another white space character
    (ASCII controls, U+0085 and U+00A0, U+1680, U+2000-U+205F, U+3000)."""
    cdef Py_ssize_t i
    cdef unsigned char byte, previous = 32
    if length == 0:
        return True
    for i in range(length):
        byte = <unsigned char>text[i]
        if byte < 32 or byte == 0xC2 or byte == 0xE1 or byte == 0xE2 or byte == 0xE3:
            return False
        if byte == 32 and previous == 32:
            return False
        previous = byte
    return previous != 32


cdef class Walk:
    """The state of one file's walk: the open elements, and the concept, language, term and
    item being read."""

    cdef bytes core_ns
    cdef tuple module_ns
    cdef int depth
    cdef Role roles[MAX_DEPTH]
    cdef Name names[MAX_DEPTH]
    cdef bint stopped
    cdef const char* local_name
    cdef object failure
    # text of the open leaf
    cdef char* buffer
    cdef Py_ssize_t length, capacity
    cdef Py_ssize_t run
    # tables of `read`
    cdef dict accepted, review_notes, transaction_types, languages
    cdef object usable_id, used_ids
    # results
    cdef object title, description
    cdef list concepts
    # the concept being read
    cdef object concept_id, subject, definition
    cdef list concept_notes, concept_sources, cross_refs
    cdef dict terms
    cdef bint concept_entry
    cdef object language
    # the term being read
    cdef object term_text, term_type, status, part_of_speech, gender, geographical_usage, review
    cdef list contexts, term_sources, term_notes
    cdef int term_children
    cdef bint term_sec
    # the group and leaf being read
    cdef Level group_level, leaf_level
    cdef int group_descrips
    cdef object context, context_sources
    cdef Category leaf_category
    cdef object leaf_target

    def __cinit__(self):
        self.buffer = NULL

    def __dealloc__(self):
        PyMem_Free(self.buffer)

    cdef void stop(self) noexcept:
        self.stopped = True

    cdef void aside(self) noexcept:
        """A comment or processing instruction: the Python walk passes over one between
        entries; inside an entry or the header it counts as a child node, so it is not plain."""
        cdef Role role = self.roles[self.depth - 1] if self.depth else ROOT
        if role != ROOT and role != TEXT_PART and role != BODY_PART and role != BACK_MATTER:
            self.stopped = True

    cdef void fail(self, error) noexcept:
        self.failure = error
        self.stopped = True

    cdef int space_and_name(self, const char* qualified, Space* space, Name* name) except -1:
        cdef const char* mark = <const char*>memchr(qualified, SEPARATOR[0], strlen(qualified))
        cdef Py_ssize_t ns_length
        cdef bytes module
        if mark == NULL:
            space[0] = CORE if len(self.core_ns) == 0 else FOREIGN
            self.local_name = qualified
            name[0] = name_of(qualified)
            return 0
        ns_length = mark - qualified
        space[0] = FOREIGN
        if ns_length == len(self.core_ns) and memcmp(qualified, PyBytes_AS_STRING(self.core_ns), ns_length) == 0:
            space[0] = CORE
        else:
            for module in self.module_ns:
                if ns_length == len(module) and memcmp(qualified, PyBytes_AS_STRING(module), ns_length) == 0:
                    space[0] = MODULE
                    break
        self.local_name = mark + 1
        name[0] = name_of(mark + 1)
        return 0

    cdef int attributes_fit(self, const char** atts) except -1:
        cdef int i = 0
        while atts[i] != NULL:
            if strlen(atts[i + 1]) > MAX_RUN:
                return 0
            i += 2
        return 1

    # ------------------------------------------------------------ start of an element

    cdef int start(self, const char* qualified, const char** atts) except -1:
        cdef Space space
        cdef Name name
        cdef Role parent
        cdef Role role
        if self.depth >= MAX_DEPTH or strlen(qualified) > MAX_NAME or not self.attributes_fit(atts):
            self.stop()
            return 0
        self.run = 0
        self.space_and_name(qualified, &space, &name)
        if self.depth == 0:
            role = ROOT if space == CORE and (name == TBX or name == MARTIF) else self.refuse()
        else:
            parent = self.roles[self.depth - 1]
            if space == FOREIGN:
                role = self.refuse()
            elif parent == ROOT:
                role = self.under_root(space, name)
            elif parent == HEADER:
                role = self.in_header(space, name)
            elif parent == TEXT_PART:
                role = self.under_text(space, name)
            elif parent == BACK_MATTER:
                role = self.in_back_matter(name)
            elif parent == BODY_PART:
                role = self.entry_starts(space, name, atts)
            elif parent == ENTRY:
                role = self.under_entry(space, name, atts)
            elif parent == LANG:
                role = self.under_language(space, name, atts)
            elif parent == TERM_PART:
                role = self.under_term(space, name, atts)
            elif parent == GROUP:
                role = self.leaf_starts(space, name, atts, self.group_level)
            elif parent == TRANSACTIONS:
                role = self.transaction_starts(space, name, atts)
            else:
                role = self.refuse()
        if not self.stopped:
            self.roles[self.depth] = role
            self.names[self.depth] = name
            self.depth += 1
        return 0

    cdef Role refuse(self) noexcept:
        self.stopped = True
        return ROOT

    cdef Role in_header(self, Space space, Name name) noexcept:
        """Header elements group text; entries, a <text> or a header inside it are not plain."""
        if name == CONCEPT_ENTRY or name == TERM_ENTRY or name == TEXT or name == TBX_HEADER:
            return self.refuse()
        if space == CORE and (name == TITLE or name == P or name == NOTE):
            self.length = 0
            return HEADER_LEAF
        return HEADER

    cdef Role under_text(self, Space space, Name name) noexcept:
        if space == CORE and name == BODY:
            return BODY_PART
        if space == CORE and name == BACK:
            return BACK_MATTER
        return self.refuse()

    cdef Role in_back_matter(self, Name name) noexcept:
        """The back matter (people, references) is not read, unless it holds what the Python
        walk picks out wherever it stands."""
        if name == CONCEPT_ENTRY or name == TERM_ENTRY or name == TEXT or name == TBX_HEADER or name == TITLE or name == P:
            return self.refuse()
        return BACK_MATTER

    cdef Role under_root(self, Space space, Name name) noexcept:
        if space == CORE and (name == TBX_HEADER or name == MARTIF_HEADER):
            return HEADER
        if space == CORE and name == TEXT:
            return TEXT_PART
        return self.refuse()

    cdef Role entry_starts(self, Space space, Name name, const char** atts) except *:
        if space != CORE or (name != CONCEPT_ENTRY and name != TERM_ENTRY):
            return self.refuse()
        self.concept_entry = name == CONCEPT_ENTRY
        given = self.usable_id("conceptEntry" if self.concept_entry else "termEntry",
                               text_or_none(attribute(atts, "id")), self.used_ids)
        if given is None:
            return self.refuse()
        self.concept_id = given
        self.subject = self.definition = None
        self.concept_notes, self.concept_sources, self.cross_refs, self.terms = [], [], [], {}
        return ENTRY

    cdef Role under_entry(self, Space space, Name name, const char** atts) except *:
        cdef const char* lang
        if space == CORE and (name == LANG_SEC or name == LANG_SET):
            if (name == LANG_SEC) != self.concept_entry:
                return self.refuse()
            lang = attribute(atts, XML_LANG)
            if lang == NULL or lang[0] == 0:
                lang = attribute(atts, "lang")
            if lang == NULL or lang[0] == 0:
                return self.refuse()
            self.language = self.languages.get(lang)
            if self.language is None:
                self.language = self.languages[lang] = lang.decode("utf-8")
            return LANG
        return self.item_starts(space, name, atts, TO_CONCEPT)

    cdef Role under_language(self, Space space, Name name, const char** atts) except *:
        if space == CORE and (name == TERM_SEC or name == TIG):
            if (name == TERM_SEC) != self.concept_entry:
                return self.refuse()
            self.term_sec = name == TERM_SEC
            self.term_children = 0
            self.term_text = self.term_type = self.status = self.part_of_speech = None
            self.gender = self.geographical_usage = None
            self.review = "approved"
            self.contexts, self.term_sources, self.term_notes = [], [], []
            return TERM_PART
        return self.item_starts(space, name, atts, TO_LANGUAGE)

    cdef Role under_term(self, Space space, Name name, const char** atts) except *:
        self.term_children += 1
        if space == CORE and name == TERM:
            if self.term_text is not None or (self.term_sec and self.term_children > 1):
                return self.refuse()
            self.length = 0
            return TERM_TEXT
        if space == CORE and name == DESCRIP_GRP:
            self.context, self.context_sources = None, []
        return self.item_starts(space, name, atts, TO_CONTEXT if space == CORE and name == DESCRIP_GRP else TO_TERM)

    cdef Role item_starts(self, Space space, Name name, const char** atts, Level level) except *:
        """A data category (a leaf) or a group of them, applying to `level`."""
        if space == CORE and name == TRANSAC_GRP:
            return TRANSACTIONS
        if space == CORE and (name == DESCRIP_GRP or name == ADMIN_GRP or (name == TERM_NOTE_GRP and level == TO_TERM)):
            self.group_level = level
            self.group_descrips = 0
            return GROUP
        if space == CORE and name == TERM_NOTE and level != TO_TERM:
            return self.refuse()
        return self.leaf_starts(space, name, atts, level)

    cdef Role transaction_starts(self, Space space, Name name, const char** atts) except *:
        """A transaction's parts, which the model does not keep: only their types are checked."""
        cdef const char* kind
        if space == CORE and (name == TRANSAC or name == TRANSAC_NOTE):
            kind = attribute(atts, "type")
            if kind == NULL or kind.decode("utf-8") not in self.transaction_types[
                    "transac" if name == TRANSAC else "transacNote"]:
                return self.refuse()
        elif space != MODULE and name != DATE:
            return self.refuse()
        return TRANSACTION

    cdef Role leaf_starts(self, Space space, Name name, const char** atts, Level level) except *:
        cdef const char* kind
        if space == MODULE:
            self.leaf_category = category_of(self.local_name)
        elif name == NOTE:
            self.leaf_category = C_NOTE
        elif name == DESCRIP or name == ADMIN or name == TERM_NOTE or name == REF or name == XREF:
            kind = attribute(atts, "type")
            if kind == NULL or kind[0] == 0:
                return self.refuse()
            self.leaf_category = category_of(kind)
        else:
            return self.refuse()
        if name == DESCRIP and self.roles[self.depth - 1] == GROUP:
            self.group_descrips += 1
            if self.group_descrips > 1 and self.names[self.depth - 1] == DESCRIP_GRP:
                return self.refuse()
        self.leaf_level = level
        self.leaf_target = text_or_none(attribute(atts, "target"))
        self.length = 0
        return LEAF

    # ------------------------------------------------------------ text

    cdef int text(self, const char* data, int size) except -1:
        cdef Role role = self.roles[self.depth - 1] if self.depth else ROOT
        cdef Py_ssize_t needed
        cdef int i
        self.run += size
        if self.run > MAX_RUN:
            self.stop()
            return 0
        if role == LEAF or role == TERM_TEXT or role == HEADER_LEAF:
            needed = self.length + size
            if needed > self.capacity:
                self.capacity = max(needed, 2 * self.capacity, 256)
                self.buffer = <char*>PyMem_Realloc(self.buffer, self.capacity)
                if self.buffer == NULL:
                    raise MemoryError()
            memcpy(self.buffer + self.length, data, size)
            self.length = needed
        elif role == HEADER:
            for i in range(size):
                if data[i] != b" " and data[i] != b"\n" and data[i] != b"\t" and data[i] != b"\r":
                    self.stop()
                    return 0
        return 0

    cdef object value(self):
        """The open leaf's text, white space folded as the Python walk folds it."""
        cdef object text = self.buffer[:self.length].decode("utf-8") if self.length else ""
        if folded(self.buffer, self.length):
            return text
        return " ".join(text.split())

    # ------------------------------------------------------------ end of an element

    cdef int end(self) except -1:
        cdef Role role
        self.run = 0
        self.depth -= 1
        role = self.roles[self.depth]
        if role == LEAF:
            self.leaf_ends()
        elif role == TERM_TEXT:
            self.term_text = self.value()
        elif role == GROUP:
            if self.group_level == TO_CONTEXT:
                if self.context is not None:
                    self.contexts.append(Context(self.context, self.context_sources[0] if self.context_sources else None))
                elif self.context_sources:
                    self.term_sources.extend(self.context_sources)
        elif role == TERM_PART:
            if not self.term_text:
                self.stop()
                return 0
            term = Term(self.term_text, self.term_type, self.status, self.part_of_speech, self.gender,
                        self.geographical_usage, self.contexts, self.term_sources, self.term_notes, self.review)
            found = self.terms.get(self.language)
            if found is None:
                self.terms[self.language] = [term]
            else:
                found.append(term)
        elif role == ENTRY:
            self.concepts.append(Concept(self.concept_id, self.subject, self.definition, self.concept_notes,
                                         self.concept_sources, self.cross_refs, self.terms))
        elif role == HEADER_LEAF:
            self.header_leaf_ends()
        return 0

    cdef int header_leaf_ends(self) except -1:
        cdef Name name = self.names[self.depth]
        cdef Name parent = self.names[self.depth - 1]
        if name == TITLE and parent == TITLE_STMT:
            self.title = self.value() or self.title
        elif name == P and parent == SOURCE_DESC:
            self.description = self.value() or self.description
        return 0

    cdef int leaf_ends(self) except -1:
        cdef Category category = self.leaf_category
        cdef object value = self.value()
        cdef Level level = self.leaf_level
        target = self.leaf_target
        if level == TO_CONCEPT:
            if category == SUBJECT_FIELD:
                self.subject = value
            elif category == DEFINITION:
                self.definition = value
            elif category == SOURCE or (category == EXTERNAL_CROSS_REFERENCE and target):
                self.concept_sources.append(target or value)
            elif category == CROSS_REFERENCE and target:
                self.cross_refs.append(target)
            elif category == C_NOTE and value:
                self.concept_notes.append(value)
        elif level == TO_LANGUAGE:
            if category == DEFINITION and not self.definition:
                self.definition = value
            elif category == DEFINITION:
                self.concept_notes.append(f"definition ({self.language}): {value}")
            elif category == C_NOTE and value:
                self.concept_notes.append(value)
        elif level == TO_CONTEXT and category == CONTEXT:
            self.context = value
        elif level == TO_CONTEXT and category == SOURCE:
            self.context_sources.append(value)
        else:
            self.term_item(category, value, target)
        return 0

    cdef int term_item(self, Category category, object value, object target) except -1:
        if not value:
            return 0
        if category == TERM_TYPE:
            self.term_type = self.accepted_value("termType", value)
        elif category == ADMINISTRATIVE_STATUS:
            self.status = self.accepted_value("administrativeStatus", value)
        elif category == USAGE_STATUS:
            self.status = self.accepted_value("usageStatus", value)
        elif category == PART_OF_SPEECH:
            self.part_of_speech = self.accepted_value("partOfSpeech", value)
        elif category == GRAMMATICAL_GENDER:
            self.gender = self.accepted_value("grammaticalGender", value)
        elif category == DEFINITION:
            self.stop()
        elif category == GEOGRAPHICAL_USAGE:
            self.geographical_usage = value
        elif category == CONTEXT:
            self.contexts.append(Context(value, None))
        elif category == SOURCE or (category == EXTERNAL_CROSS_REFERENCE and target):
            self.term_sources.append(target or value)
        elif category == C_NOTE:
            review = self.review_notes.get(value)
            if review is None:
                self.term_notes.append(value)
            else:
                self.review = review
        return 0

    cdef object accepted_value(self, str category, object value):
        """The value the model stores for a picklist value; a value to report stops the walk."""
        stored = self.accepted[category].get(value)
        if stored is None:
            self.stop()
        return stored


cdef void on_start(void* data, const char* name, const char** atts) noexcept:
    cdef Walk walk = <Walk>data
    if walk.stopped:
        return
    try:
        walk.start(name, atts)
    except BaseException as error:
        walk.fail(error)


cdef void on_end(void* data, const char* name) noexcept:
    cdef Walk walk = <Walk>data
    if walk.stopped:
        return
    try:
        walk.end()
    except BaseException as error:
        walk.fail(error)


cdef void on_text(void* data, const char* text, int size) noexcept:
    cdef Walk walk = <Walk>data
    if walk.stopped:
        return
    try:
        walk.text(text, size)
    except BaseException as error:
        walk.fail(error)


cdef void on_instruction(void* data, const char* target, const char* text) noexcept:
    (<Walk>data).aside()


cdef void on_comment(void* data, const char* text) noexcept:
    (<Walk>data).aside()


cdef void on_doctype(void* data, const char* name, const char* system, const char* public, int internal) noexcept:
    (<Walk>data).stopped = True


def read(path, str namespace, tuple module_namespaces, dict accepted, dict review_notes, dict transaction_types,
         usable_id, title, description):
    """(title, description, concepts) of a plain TBX file whose root is in `namespace` (''
    for TBX v2); None when the file is not plain and the Python walk must read it.

    `module_namespaces` are those of TBX-Basic's modules (min:, basic:); `accepted` maps a picklist category to {value in the file: value the model stores};
    `review_notes` maps a note to the review state it records; `transaction_types` gives the
    types a <transac> and a <transacNote> may have; `usable_id(entry's local name,
    its id attribute, ids used so far)` is the entry's id, or None when one must be made up."""
    cdef Walk walk = Walk()
    cdef XML_Parser parser
    cdef bytes chunk
    cdef int status = 1
    walk.core_ns = namespace.encode("utf-8")
    walk.module_ns = tuple(module.encode("utf-8") for module in module_namespaces)
    walk.accepted, walk.review_notes, walk.languages = accepted, review_notes, {}
    walk.transaction_types = transaction_types
    walk.usable_id, walk.used_ids = usable_id, {}
    walk.title, walk.description, walk.concepts = title, description, []
    parser = EXPAT.ParserCreate_MM(NULL, NULL, SEPARATOR)
    if parser == NULL:
        raise MemoryError()
    try:
        EXPAT.SetUserData(parser, <void*>walk)
        EXPAT.SetElementHandler(parser, on_start, on_end)
        EXPAT.SetCharacterDataHandler(parser, on_text)
        EXPAT.SetCommentHandler(parser, on_comment)
        EXPAT.SetProcessingInstructionHandler(parser, on_instruction)
        EXPAT.SetStartDoctypeDeclHandler(parser, on_doctype)
        with open(path, "rb") as stream:
            while status == 1 and not walk.stopped:
                chunk = stream.read(CHUNK)
                status = EXPAT.Parse(parser, PyBytes_AS_STRING(chunk), <int>PyBytes_GET_SIZE(chunk), not chunk)
                if not chunk:
                    break
    finally:
        EXPAT.ParserFree(parser)
    if walk.failure is not None:
        raise walk.failure
    if status != 1 or walk.stopped or walk.depth != 0:
        return None
    return walk.title, walk.description, walk.concepts
