"use strict";
exports.id = 899;
exports.ids = [899,231];
exports.modules = {

/***/ 6144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ listEntries),
/* harmony export */   z: () => (/* binding */ readHead)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8159);



/** Files the file manager writes beside images, skipped like hidden ones (any case). */
const FILE_MANAGER_FILES = new Set(['thumbs.db', 'desktop.ini']);
/**
 * A folder's entries that count, in code point order of their names: names
 * starting with `.` (.DS_Store, .gitkeep) and Windows Explorer's Thumbs.db
 * and desktop.ini are skipped; symbolic links are followed.
 */
async function listEntries(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    const visible = entries.filter((entry) => !entry.name.startsWith('.') && !FILE_MANAGER_FILES.has(entry.name.toLowerCase()));
    const listed = await Promise.all(visible.map(async (entry) => {
        const isDirectory = entry.isSymbolicLink()
            ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name))).isDirectory()
            : entry.isDirectory();
        return { name: entry.name, isDirectory };
    }));
    return listed.sort((a, b) => (0,_images_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodePoints */ .OP)(a.name, b.name));
}
/** The first bytes of a file: enough to tell an image's format and a PNG's size. */
async function readHead(path) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const head = Buffer.alloc(_images_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_HEAD_BYTES */ .tI);
        const { bytesRead } = await file.read(head, 0, _images_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_HEAD_BYTES */ .tI, 0);
        return head.subarray(0, bytesRead);
    }
    finally {
        await file.close();
    }
}


/***/ }),

/***/ 6929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sr: () => (/* binding */ listingFiles),
/* harmony export */   di: () => (/* binding */ describeListings),
/* harmony export */   sd: () => (/* binding */ BASE_LISTING_FIELD),
/* harmony export */   y0: () => (/* binding */ listingsEdit)
/* harmony export */ });
/* unused harmony exports replacedImages, listingTexts */
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9107);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7207);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9282);



/** Where each text goes in an app submission's `listings.<lang>.baseListing`. */
const BASE_LISTING_FIELD = {
    title: 'title',
    shortTitle: 'shortTitle',
    description: 'description',
    shortDescription: 'shortDescription',
    releaseNotes: 'releaseNotes',
    features: 'features',
    keywords: 'keywords',
    copyright: 'copyrightAndTrademarkInfo',
    licenseTerms: 'licenseTerms',
    developedBy: 'devStudio',
    minimumHardware: 'minimumHardware',
    recommendedHardware: 'recommendedHardware'
};
/**
 * The edit for the submission's `listings`. Each language goes under the
 * existing key that matches it case-insensitively (`en-US` updates `en-us`),
 * or is added under its lower-cased name; languages the folder lacks, and
 * fields without a file, are left as the Store cloned them.
 */
function listingsEdit(folder) {
    return {
        source: 'listings-folder',
        apply(current) {
            const listings = (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(current.listings) ? current.listings : {};
            const keys = Object.keys(listings);
            const changes = {};
            for (const listing of folder.languages) {
                const key = (0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .listingKeyFor */ .T)(keys, listing.language);
                const existing = (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(listings[key]) ? listings[key] : {};
                const change = folder.kind === 'app' ? appListing(listing, existing) : addOnListing(listing);
                if (Object.keys(change).length > 0)
                    changes[key] = change;
            }
            return Object.keys(changes).length > 0 ? { listings: changes } : {};
        }
    };
}
function appListing(listing, existing) {
    const baseListing = {};
    for (const [name, value] of Object.entries(listing.texts)) {
        baseListing[BASE_LISTING_FIELD[name]] = value;
    }
    if (listing.images) {
        const current = (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(existing.baseListing) ? existing.baseListing.images : undefined;
        baseListing.images = replacedImages(current, listing.images);
    }
    return Object.keys(baseListing).length > 0 ? { baseListing } : {};
}
/**
 * The listing's images replaced by the folder's: every image the Store has
 * becomes PendingDelete (keeping its id and other fields), then come the new
 * files in the folder's order. An image not yet on the Store (PendingUpload)
 * has nothing to delete and is dropped.
 */
function replacedImages(current, images) {
    const old = Array.isArray(current) ? current.filter(_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd) : [];
    const deleted = old
        .filter((image) => String(image.fileStatus).toLowerCase() !== 'pendingupload')
        .map((image) => ({ ...image, fileStatus: 'PendingDelete' }));
    const added = images.map((image) => ({
        fileName: image.zipPath,
        fileStatus: 'PendingUpload',
        imageType: image.imageType
    }));
    return [...deleted, ...added];
}
function addOnListing(listing) {
    const change = {};
    if (listing.texts.title !== undefined)
        change.title = listing.texts.title;
    if (listing.texts.description !== undefined)
        change.description = listing.texts.description;
    if (listing.icon)
        change.icon = { fileName: listing.icon.zipPath, fileStatus: 'PendingUpload' };
    return change;
}
/** The files the folder adds to the uploaded zip: images and icons, at paths unique per language. */
function listingFiles(folder) {
    return folder.languages.flatMap((listing) => [
        ...(listing.images ?? []).map(({ zipPath, diskPath }) => ({ zipPath, diskPath })),
        ...(listing.icon ? [listing.icon] : [])
    ]);
}
/** Each language's texts (lower-cased language code -> texts), for an API that maps them itself. */
function listingTexts(folder) {
    return Object.fromEntries(folder.languages.map((listing) => [listing.language, structuredClone(listing.texts)]));
}
/** One line for the log: the files each language sets, e.g. `en-us (title.txt, features.txt, images/: 3 files)`. */
function describeListings(folder) {
    const parts = folder.languages.map((listing) => {
        const what = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .textFileRules */ .B7)(folder.kind)
            .filter((rule) => listing.texts[rule.field] !== undefined)
            .map((rule) => rule.file);
        if (listing.images)
            what.push(`images/: ${plural(listing.images.length, 'file')}`);
        if (listing.icon)
            what.push(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ADD_ON_ICON */ .C4.file);
        return `${listing.language} (${what.length > 0 ? what.join(', ') : 'nothing'})`;
    });
    return parts.length > 0 ? parts.join('; ') : 'no language folders';
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ imageFormat),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   eG: () => (/* binding */ IMAGE_TYPES),
/* harmony export */   gE: () => (/* binding */ compareFileNames),
/* harmony export */   lU: () => (/* binding */ pngSize),
/* harmony export */   tI: () => (/* binding */ IMAGE_HEAD_BYTES),
/* harmony export */   tL: () => (/* binding */ imageTypeOf)
/* harmony export */ });
/** Listing images: the Store's image types, what a file's first bytes say it is, and the upload order. Pure. */
/**
 * The `imageType` values the app submission docs list as supported today
 * (MicrosoftDocs windows-dev-docs, uwp/monetize/manage-app-submissions.md,
 * "Image resource"), grouped as there: screenshots, Store logos, promotional
 * images, Xbox images, optional promotional images. The retired types the
 * page keeps only in a comment (WideIcon358X173, PromotionalArtwork846X468, ...)
 * are left out: the Store no longer shows them.
 */
const IMAGE_TYPES = [
    'Screenshot',
    'MobileScreenshot',
    'XboxScreenshot',
    'SurfaceHubScreenshot',
    'HoloLensScreenshot',
    'StoreLogo9x16',
    'StoreLogoSquare',
    'Icon',
    'PromotionalArt16x9',
    'PromotionalArtwork2400X1200',
    'XboxBrandedKeyArt',
    'XboxTitledHeroArt',
    'XboxFeaturedPromotionalArt',
    'SquareIcon358X358',
    'BackgroundImage1000X800',
    'PromotionalArtwork414X180'
];
/** The documented spelling of a folder name matched case-insensitively; undefined when it is none. */
function imageTypeOf(folderName) {
    const lower = folderName.toLowerCase();
    return IMAGE_TYPES.find((type) => type.toLowerCase() === lower);
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** How many leading bytes `imageFormat` and `pngSize` need. */
const IMAGE_HEAD_BYTES = 24;
/** What the first bytes say the file is: PNG, JPEG, or neither. */
function imageFormat(head) {
    if (head.length >= 8 && head.subarray(0, 8).equals(PNG_SIGNATURE))
        return 'png';
    if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
        return 'jpeg';
    return undefined;
}
/** A PNG's width and height from its IHDR chunk (which must come first); undefined when the head has none. */
function pngSize(head) {
    if (imageFormat(head) !== 'png' || head.length < IMAGE_HEAD_BYTES)
        return undefined;
    if (head.toString('latin1', 12, 16) !== 'IHDR')
        return undefined;
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}
/**
 * The order images are uploaded in (the order the Store shows screenshots):
 * natural order, so `2.png` comes before `10.png`. Runs of digits compare by
 * value (then by length, so `01` and `1` have a fixed order), everything else
 * by Unicode code point, case-sensitively: the same on every file system.
 */
function compareFileNames(a, b) {
    const left = a.match(/\d+|\D+/g) ?? [];
    const right = b.match(/\d+|\D+/g) ?? [];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const order = compareRuns(left[i], right[i]);
        if (order !== 0)
            return order;
    }
    return left.length - right.length;
}
function compareRuns(a, b) {
    const digits = /^\d/;
    if (digits.test(a) && digits.test(b)) {
        const byValue = compareDigits(a.replace(/^0+(?=\d)/, ''), b.replace(/^0+(?=\d)/, ''));
        return byValue !== 0 ? byValue : a.length - b.length;
    }
    return compareCodePoints(a, b);
}
/** Two runs of digits without leading zeros, by value (any length: no Number overflow). */
function compareDigits(a, b) {
    return a.length !== b.length ? a.length - b.length : compareCodePoints(a, b);
}
function compareCodePoints(a, b) {
    const left = [...a];
    const right = [...b];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const diff = left[i].codePointAt(0) - right[i].codePointAt(0);
        if (diff !== 0)
            return diff;
    }
    return left.length - right.length;
}


/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ listingKeyFor),
/* harmony export */   w: () => (/* binding */ isLanguageCode)
/* harmony export */ });
/** Language codes of listing folders. Pure. */
/**
 * The shape of a BCP-47 language tag as the Store's listing languages use
 * it: a 2-3 letter language, then optionally a 4-letter script, a 2-letter
 * or 3-digit region, and variants (`en-us`, `zh-hans-cn`, `sr-latn-rs`,
 * `ca-es-valencia`, `es-419`). Any case. Private-use and extension subtags
 * are not listing languages.
 */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z]{4})?(-(?:[a-z]{2}|\d{3}))?(-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;
function isLanguageCode(name) {
    return LANGUAGE_CODE.test(name);
}
/**
 * The key under which a language goes into the submission's `listings`:
 * the existing key that matches it case-insensitively (an exact match
 * first), or else the language itself (lower-cased by the reader, as the
 * Store writes its keys: `en-us`).
 */
function listingKeyFor(existingKeys, language) {
    if (existingKeys.includes(language))
        return language;
    const lower = language.toLowerCase();
    return existingKeys.find((key) => key.toLowerCase() === lower) ?? language;
}


/***/ }),

/***/ 9231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readListingsFolder: () => (/* binding */ readListingsFolder)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/listings/rules.ts
var listings_rules = __webpack_require__(9282);
// EXTERNAL MODULE: ./src/listings/disk.ts
var disk = __webpack_require__(6144);
// EXTERNAL MODULE: ./src/listings/images.ts
var listings_images = __webpack_require__(8159);
// EXTERNAL MODULE: ./src/zip/path.ts
var path = __webpack_require__(6680);
;// CONCATENATED MODULE: ./src/listings/read-images.ts
/**
 * Reads a language's `images/` folder: one folder per image type (any case;
 * sent in the documented spelling), PNG or JPEG files in it. The images come
 * out grouped by type in the documented order of the types, and within a
 * type in natural file-name order (`compareFileNames`), which is the order
 * the Store shows them in.
 */





function fail(message, hint) {
    throw new errors/* ActionError */.lZ(message, { hint });
}
async function readImagesFolder(dir, listing) {
    const byType = new Map();
    for (const entry of await (0,disk/* listEntries */.f)(dir)) {
        const imageType = (0,listings_images/* imageTypeOf */.tL)(entry.name);
        const where = (0,external_node_path_.join)(dir, entry.name);
        if (!entry.isDirectory) {
            fail(`Listing ${listing.folderName}: ${where} is not in an image type folder.`, `Put each image in ${(0,external_node_path_.join)(dir, '<imageType>')}/, e.g. ${(0,external_node_path_.join)(dir, 'Screenshot')}/.`);
        }
        if (!imageType) {
            fail(`Listing ${listing.folderName}: ${where} is not named after a Store image type.`, `Image folders are named: ${listings_images/* IMAGE_TYPES */.eG.join(', ')} (any case).`);
        }
        const twin = byType.get(imageType);
        if (twin)
            fail(`Listing ${listing.folderName}: ${dir} holds two ${imageType} folders: '${twin}' and '${entry.name}'.`);
        byType.set(imageType, entry.name);
    }
    const types = [...byType.keys()].sort((a, b) => listings_images/* IMAGE_TYPES */.eG.indexOf(a) - listings_images/* IMAGE_TYPES */.eG.indexOf(b));
    const images = [];
    for (const imageType of types) {
        images.push(...(await readTypeFolder((0,external_node_path_.join)(dir, byType.get(imageType)), imageType, listing)));
    }
    return images;
}
async function readTypeFolder(dir, imageType, listing) {
    const entries = await (0,disk/* listEntries */.f)(dir);
    const names = entries.map((entry) => entry.name).sort(listings_images/* compareFileNames */.gE);
    const seen = new Map();
    const images = [];
    for (const name of names) {
        const diskPath = (0,external_node_path_.join)(dir, name);
        if (entries.find((entry) => entry.name === name)?.isDirectory) {
            fail(`Listing ${listing.folderName}: ${diskPath} is a folder; an image type folder holds only image files.`);
        }
        // The Store compares zip paths without case (zip/path.ts): two such names would be one file to it.
        const twin = seen.get((0,path/* normalizeZipPath */.I)(name));
        if (twin)
            fail(`Listing ${listing.folderName}: ${dir} holds '${twin}' and '${name}', which differ only in case.`);
        seen.set((0,path/* normalizeZipPath */.I)(name), name);
        if (!(0,listings_images/* imageFormat */.Jm)(await (0,disk/* readHead */.z)(diskPath))) {
            fail(`Listing ${listing.folderName}: ${diskPath} is not a PNG or JPEG image (by its first bytes).`, 'The Store takes PNG and JPEG listing images; convert it or remove it.');
        }
        images.push({ zipPath: `listings/${listing.language}/${imageType}/${name}`, diskPath, imageType });
    }
    return images;
}

// EXTERNAL MODULE: ./src/listings/language.ts
var listings_language = __webpack_require__(7207);
// EXTERNAL MODULE: ./src/listings/text.ts
var listings_text = __webpack_require__(4586);
;// CONCATENATED MODULE: ./src/listings/read.ts
/**
 * Reads a listings folder into plain data (`ListingsFolder`), checking every
 * file against the Store's rules on the way, so that a bad folder fails with
 * one line naming the file and the language before anything on the server
 * changes.
 *
 * Layout: one folder per language, named by its language code (any case);
 * in it the text files of `rules.ts`, and for an app `images/<imageType>/`
 * folders, for an add-on `icon.png`. File and folder names match
 * case-insensitively. Hidden files (.DS_Store, .gitkeep, Thumbs.db) are
 * skipped everywhere, and so is the list of the Store's images that
 * `operation: export` writes (`store-images.txt`); files beside the
 * language folders (a README) are ignored; anything else unknown is an
 * error, so that a misspelt file name is not silently left out.
 */









function read_fail(message, hint) {
    throw new errors/* ActionError */.lZ(message, { hint });
}
async function readListingsFolder(path, kind) {
    let isDirectory;
    try {
        isDirectory = (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return read_fail(`'listings-folder' does not exist: ${path}.`, 'Check the path (it is relative to the workspace) and that the repository is checked out.');
    }
    if (!isDirectory)
        read_fail(`'listings-folder' is not a folder: ${path}.`, 'Give the folder that holds the language folders.');
    const seen = new Map();
    const languages = [];
    for (const entry of await (0,disk/* listEntries */.f)(path)) {
        if (!entry.isDirectory)
            continue;
        if (!(0,listings_language/* isLanguageCode */.w)(entry.name)) {
            read_fail(`'listings-folder' ${path} holds a folder '${entry.name}' that is not a language code.`, 'Name each folder after its listing language, e.g. en-us or de-DE; other folders do not belong there.');
        }
        const language = entry.name.toLowerCase();
        const twin = seen.get(language);
        if (twin)
            read_fail(`'listings-folder' ${path} holds two folders for language ${language}: '${twin}' and '${entry.name}'.`);
        seen.set(language, entry.name);
        languages.push(await readLanguage(path, entry.name, kind));
    }
    if (languages.length === 0) {
        read_fail(`'listings-folder' ${path} holds no language folder.`, 'Give the folder that holds one folder per language (en-us/, de-de/, ...), not a language folder itself.');
    }
    languages.sort((a, b) => (0,listings_images/* compareCodePoints */.OP)(a.language, b.language));
    return { path, kind, languages };
}
async function readLanguage(root, folderName, kind) {
    const dir = (0,external_node_path_.join)(root, folderName);
    const listing = { folderName, language: folderName.toLowerCase(), texts: {} };
    const rules = (0,listings_rules/* textFileRules */.B7)(kind);
    const seen = new Set();
    for (const entry of await (0,disk/* listEntries */.f)(dir)) {
        const name = entry.name.toLowerCase();
        const where = (0,external_node_path_.join)(dir, entry.name);
        if (seen.has(name))
            read_fail(`Listing ${folderName}: ${dir} holds '${entry.name}' twice (in two spellings).`);
        seen.add(name);
        const rule = rules.find((r) => r.file === name);
        if (name === listings_rules/* STORE_IMAGES_FILE */.ei && !entry.isDirectory) {
            // What operation export found on the Store, for people: it sets nothing.
        }
        else if (rule && !entry.isDirectory) {
            setText(listing.texts, rule, await readText(where, rule, folderName));
        }
        else if (kind === 'app' && name === listings_rules/* IMAGES_FOLDER */.GS && entry.isDirectory) {
            listing.images = await readImagesFolder(where, listing);
        }
        else if (kind === 'add-on' && name === listings_rules/* ADD_ON_ICON */.C4.file && !entry.isDirectory) {
            listing.icon = await readIcon(where, listing);
        }
        else {
            read_fail(`Listing ${folderName}: ${where} is a ${entry.isDirectory ? 'folder' : 'file'} an ${kind} listing does not take.`, `A language folder of ${kind === 'app' ? 'an app' : 'an add-on'} holds: ${(0,listings_rules/* knownEntries */.A7)(kind).join(', ')}.`);
        }
    }
    return listing;
}
async function readText(path, rule, language) {
    let text;
    try {
        text = (0,listings_text/* decodeText */.g7)(await (0,promises_.readFile)(path));
    }
    catch (error) {
        if (error instanceof listings_text/* NotUtf8Error */.xo) {
            read_fail(`Listing ${language}: ${path} ${error.message}.`, 'Save it as UTF-8 (with or without a BOM).');
        }
        throw error;
    }
    const value = rule.list ? (0,listings_text/* textLines */.Fy)(text) : (0,listings_text/* normaliseText */.af)(text);
    const problem = (0,listings_rules/* textProblem */.Fy)(rule, value);
    if (problem)
        read_fail(`Listing ${language}: ${path}: ${problem}.`, 'Shorten it; characters are counted as Unicode code points.');
    return value;
}
function setText(texts, rule, value) {
    texts[rule.field] = value;
}
async function readIcon(path, listing) {
    const head = await (0,disk/* readHead */.z)(path);
    const size = (0,listings_images/* pngSize */.lU)(head);
    const { width, height } = listings_rules/* ADD_ON_ICON */.C4;
    if (!size || size.width !== width || size.height !== height) {
        const found = size ? `a ${size.width}x${size.height} PNG` : (0,listings_images/* imageFormat */.Jm)(head) === 'jpeg' ? 'a JPEG' : 'not a PNG';
        read_fail(`Listing ${listing.folderName}: ${path} is ${found}; an add-on icon must be a ${width}x${height} PNG.`, `Export the icon as a ${width}x${height} PNG.`);
    }
    return { zipPath: `listings/${listing.language}/${listings_rules/* ADD_ON_ICON */.C4.file}`, diskPath: path };
}


/***/ }),

/***/ 9282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ knownEntries),
/* harmony export */   B7: () => (/* binding */ textFileRules),
/* harmony export */   C4: () => (/* binding */ ADD_ON_ICON),
/* harmony export */   Fy: () => (/* binding */ textProblem),
/* harmony export */   GS: () => (/* binding */ IMAGES_FOLDER),
/* harmony export */   ei: () => (/* binding */ STORE_IMAGES_FILE)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4586);

/** A list file's rule: one item a line, at most `maxItems` of at most `maxLength` characters each. */
function listFile(file, field, label, list, maxLength) {
    return { file, field, label, list, maxLength };
}
const APP_TEXT_FILES = [
    { file: 'title.txt', field: 'title', label: 'title' },
    { file: 'short-title.txt', field: 'shortTitle', label: 'short title', maxLength: 50 },
    { file: 'description.txt', field: 'description', label: 'description', maxLength: 10_000 },
    { file: 'short-description.txt', field: 'shortDescription', label: 'short description', maxLength: 1_000 },
    { file: 'release-notes.txt', field: 'releaseNotes', label: 'release notes', maxLength: 1_500 },
    listFile('features.txt', 'features', 'features', { maxItems: 20, item: 'feature' }, 200),
    listFile('keywords.txt', 'keywords', 'keywords', { maxItems: 7, item: 'keyword', maxWords: 21 }, 40),
    { file: 'copyright.txt', field: 'copyright', label: 'copyright and trademark info', maxLength: 200 },
    { file: 'license-terms.txt', field: 'licenseTerms', label: 'additional license terms', maxLength: 10_000 },
    { file: 'developed-by.txt', field: 'developedBy', label: 'developed by', maxLength: 255 },
    listFile('minimum-hardware.txt', 'minimumHardware', 'minimum hardware', { maxItems: 11, item: 'item' }, 200),
    listFile('recommended-hardware.txt', 'recommendedHardware', 'recommended hardware', { maxItems: 11, item: 'item' }, 200)
];
const ADD_ON_TEXT_FILES = [
    { file: 'title.txt', field: 'title', label: 'add-on title', maxLength: 100 },
    { file: 'description.txt', field: 'description', label: 'add-on description', maxLength: 200 }
];
/**
 * The file `operation: export` writes into each language folder to name the images (or the add-on icon) the
 * Store holds, which the submission API lists but does not hand out. The reader skips it: it changes nothing.
 */
const STORE_IMAGES_FILE = 'store-images.txt';
/** An app listing's image folder, and an add-on's icon. */
const IMAGES_FOLDER = 'images';
const ADD_ON_ICON = { file: 'icon.png', width: 300, height: 300 };
function textFileRules(kind) {
    return kind === 'app' ? APP_TEXT_FILES : ADD_ON_TEXT_FILES;
}
/** Every name a language folder of this kind may hold, for the message about one it may not. */
function knownEntries(kind) {
    const texts = textFileRules(kind).map((rule) => rule.file);
    return kind === 'app' ? [...texts, `${IMAGES_FOLDER}/`] : [...texts, ADD_ON_ICON.file];
}
/** What is wrong with a text or list under its rule, as the end of a sentence; undefined when nothing is. */
function textProblem(rule, value) {
    if (typeof value === 'string') {
        return tooLong(value, rule.maxLength, `the ${rule.label}`);
    }
    const list = rule.list;
    if (!list)
        return undefined;
    if (value.length > list.maxItems) {
        return `holds ${value.length} ${list.item}s (one per non-empty line); the Store takes at most ${list.maxItems}`;
    }
    for (const [i, item] of value.entries()) {
        const problem = tooLong(item, rule.maxLength, `each ${list.item}`);
        if (problem)
            return `${list.item} ${i + 1} (${quote(item)}) ${problem}`;
    }
    const words = value.reduce((sum, item) => sum + (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .wordCount */ .e)(item), 0);
    if (list.maxWords !== undefined && words > list.maxWords) {
        return `holds ${words} words in all; the Store takes at most ${list.maxWords} words across all ${rule.label}`;
    }
    return undefined;
}
function tooLong(text, max, what) {
    if (max === undefined)
        return undefined;
    const count = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .characterCount */ .Dq)(text);
    return count > max ? `has ${count} characters; the Store takes at most ${max} for ${what}` : undefined;
}
function quote(text) {
    const chars = [...text];
    return JSON.stringify(chars.length > 30 ? `${chars.slice(0, 30).join('')}...` : text);
}


/***/ }),

/***/ 4586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ characterCount),
/* harmony export */   Fy: () => (/* binding */ textLines),
/* harmony export */   af: () => (/* binding */ normaliseText),
/* harmony export */   e: () => (/* binding */ wordCount),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   xo: () => (/* binding */ NotUtf8Error)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/**
 * How a listing text file becomes the text the Store gets. Pure.
 *
 * - UTF-8 only; a BOM is dropped. A UTF-16 file (Notepad's "Unicode") or
 *   bytes that are not UTF-8 are refused rather than sent as mojibake.
 * - Line breaks become `\n` (CRLF and a lone CR alike). The Store counts
 *   characters, so a CRLF would cost two of the limit, and the same file
 *   checked out on a Windows runner (git autocrlf) and on Linux would give two
 *   different listings. The Store's own JSON carries `\n` inside texts, and
 *   Partner Center shows it as a line break, so `\n` is what it expects.
 * - Trailing line breaks (the newline editors add, and blank lines after it)
 *   are trimmed; every other character, spaces included, is kept as written.
 */

/** Why bytes are not listing text: the reader turns it into an error naming the file. */
class NotUtf8Error extends Error {
}
const UTF8 = new node_util__WEBPACK_IMPORTED_MODULE_0__.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeText(bytes) {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        throw new NotUtf8Error('is UTF-16 text (it starts with a UTF-16 byte order mark)');
    }
    let text;
    try {
        text = UTF8.decode(bytes);
    }
    catch {
        throw new NotUtf8Error('is not valid UTF-8 text');
    }
    return text.replace(/^\uFEFF/, '');
}
/** Line breaks as `\n`, trailing ones trimmed. */
function normaliseText(text) {
    return text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
}
/** A list file: one item a line, each trimmed of surrounding spaces, blank lines skipped. */
function textLines(text) {
    return normaliseText(text)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/**
 * Characters as the Store counts them: Unicode code points, so that an emoji
 * or a CJK extension character outside the BMP counts once (a JavaScript
 * string's `length` would count its two UTF-16 units).
 */
function characterCount(text) {
    let count = 0;
    for (const _ of text)
        count++;
    return count;
}
/** Words, as in the Store's "21 words in all" for keywords: runs of non-space characters. */
function wordCount(text) {
    return text.split(/\s+/u).filter(Boolean).length;
}


/***/ }),

/***/ 6899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readListingsInput: () => (/* binding */ readListingsInput)
/* harmony export */ });
/* harmony import */ var _listings_edit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6929);
/* harmony import */ var _listings_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9231);


/** The folder, read and checked. */
async function readListingsInput(given) {
    const folder = await (0,_listings_read_js__WEBPACK_IMPORTED_MODULE_1__.readListingsFolder)(given.path, given.kind);
    return { folder, edit: (0,_listings_edit_js__WEBPACK_IMPORTED_MODULE_0__/* .listingsEdit */ .y0)(folder), files: (0,_listings_edit_js__WEBPACK_IMPORTED_MODULE_0__/* .listingFiles */ .Sr)(folder) };
}


/***/ })

};
;
//# sourceMappingURL=899.index.cjs.js.map