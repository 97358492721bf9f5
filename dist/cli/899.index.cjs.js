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