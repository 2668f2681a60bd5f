#!/usr/bin/env bash
# Acceptance tests 3 and 4 of the safe wrapper skeletons: kernel-style
# skeletons generated from the kernel's own bindgen inputs (Debian's
# linux-source-6.12, prepared by test/kernel) and compiled against the
# kernel bindings the kernel test's harness builds, with a stub `kernel`
# crate (kernel/kernel_stub.rs) of the same signatures as rust/kernel/.
#   phy      struct phy_device, restricted (--safe-allowlist) to the C
#            functions rust/kernel/net/phy.rs calls; shapes checked below
#   objects  struct mutex, work_struct, rb_root, firmware request/release
#   helpers  refcount_t and task_struct get/put (static inlines: the kernel's
#            rust/helpers/helpers.c)
# Each skeleton must equal its golden file kernel/NAME.rs (KBINDGEN_BLESS=1
# rewrites them) and compile.
#
# Usage: kernel-safe.sh KBINDGEN
source "$(dirname "${BASH_SOURCE[0]}")/../kernel/lib.sh"
SAFE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

[ $# -eq 1 ] || die "usage: kernel-safe.sh KBINDGEN"
kbindgen=$(realpath "$1")
mkdir -p "$WORK_DIR"
WORK_DIR=$(cd "$WORK_DIR" && pwd)
export KBINDGEN_KERNEL_WORK=$WORK_DIR
rm -rf "$WORK_DIR"/{rec,out,safe,timings.tsv}

"$KTEST_DIR/prepare.sh" || die "cannot prepare the kernel tree"
"$KTEST_DIR/flags.sh" "$kbindgen" "$WORK_DIR/rec" || die "cannot record the command lines"
"$KTEST_DIR/generate.sh" "$kbindgen" "$WORK_DIR/rec" "$WORK_DIR/out" kernel ||
  die "cannot generate the raw bindings"
"$KTEST_DIR/harness.sh" "$WORK_DIR/rec" "$WORK_DIR/out" || die "the raw bindings do not compile"
harness=$WORK_DIR/out/harness
rustc=$(pick_rustc)
mkdir -p "$WORK_DIR/safe"

# The stub kernel crate, over the harness's ffi crate.
"$rustc" --edition=2021 --crate-type rlib --crate-name kernel -L "$harness" \
  --extern ffi --out-dir "$WORK_DIR/safe" "$SAFE_DIR/kernel/kernel_stub.rs" ||
  die "the stub kernel crate does not compile"

failures=0
fail() {
  log "FAIL: $*"
  failures=$((failures + 1))
}

# skeleton NAME RECORDED_OUTPUT ALLOWLIST: generate kernel/NAME.rs's
# counterpart with the recorded command line of RECORDED_OUTPUT, compare it
# with the golden file and compile it.
skeleton() {
  local name=$1 recorded=$2 allowlist=$3
  local out=$WORK_DIR/safe/$name.rs
  read_recorded_command "$WORK_DIR/rec/$recorded.args"
  local input
  input=$(head -n 1 "$WORK_DIR/rec/$recorded.args")
  (cd "$KERNEL_CACHE" && "$kbindgen" "$input" "${rec_options[@]}" \
    -o "$WORK_DIR/safe/$name.raw.rs" --safe-output "$out" --safe-style kernel \
    --safe-raw-path bindings --safe-allowlist "$allowlist" \
    --safe-rules "$SAFE_DIR/kernel/$name.rules.json" -- "${rec_clang[@]}") \
    >"$WORK_DIR/safe/$name.log" 2>&1 || {
    tail -20 "$WORK_DIR/safe/$name.log" >&2
    fail "$name: kbindgen failed"
    return
  }
  if [ "${KBINDGEN_BLESS:-0}" = 1 ]; then
    cp "$out" "$SAFE_DIR/kernel/$name.rs"
    log "$name: blessed"
  elif ! diff -u "$SAFE_DIR/kernel/$name.rs" "$out" >"$WORK_DIR/safe/$name.diff"; then
    head -60 "$WORK_DIR/safe/$name.diff" >&2
    fail "$name: differs from the golden file test/safe/kernel/$name.rs"
  fi
  if SKELETON=$out "$rustc" --edition=2021 --crate-type rlib --crate-name "safe_$name" \
    -L "$harness" -L "$WORK_DIR/safe" --extern ffi --extern bindings --extern kernel \
    --out-dir "$WORK_DIR/safe" "$SAFE_DIR/kernel/safe_crate.rs" \
    >"$WORK_DIR/safe/$name.rustc.log" 2>&1; then
    log "$name: compiles against the kernel bindings"
  else
    head -60 "$WORK_DIR/safe/$name.rustc.log" >&2
    fail "$name: does not compile"
  fi
}

skeleton phy bindings_generated \
  'genphy_soft_reset|phy_init_hw|genphy_resume|genphy_suspend|genphy_update_link|genphy_read_lpa|genphy_read_abilities|phy_resolve_aneg_linkmode|phy_read_paged'
skeleton objects bindings_generated \
  'mutex_(lock|unlock|trylock|is_locked)|cancel_work_sync|flush_work|rb_(first|last|next|prev|erase|insert_color)|request_firmware|release_firmware'
skeleton helpers bindings_helpers_generated \
  'rust_helper_(refcount_(inc|dec|dec_and_test|set|read)|get_task_struct|put_task_struct)'

# Acceptance 3: every method has the hand-written method's receiver,
# parameters and return (rust/kernel/net/phy.rs; C names kept, integer
# parameters as wide as C declares them).
phy=$WORK_DIR/safe/phy.rs
expect() {
  grep -qF "$1" "$2" || fail "no \`$1\` in $(basename "$2")"
}
grep -qF 'pub struct PhyDevice(Opaque<raw::phy_device>, core::marker::PhantomData<*mut u8>);' "$phy" ||
  fail "phy_device is not an Opaque newtype"
for fn in genphy_soft_reset phy_init_hw genphy_resume genphy_suspend genphy_update_link \
  genphy_read_lpa genphy_read_abilities; do
  expect "pub fn $fn(&mut self) -> Result {" "$phy"
  expect "to_result(ret as _)?;" "$phy"
done
expect "pub fn phy_resolve_aneg_linkmode(&mut self) {" "$phy"
expect "pub fn phy_read_paged(&mut self, page: i32, regnum: u32) -> Result<u16> {" "$phy"

# Acceptance 4: the objects' wrappers (the marker keeps them !Send and
# !Sync: no rule says a kernel object may cross threads).
objects=$WORK_DIR/safe/objects.rs helpers=$WORK_DIR/safe/helpers.rs
expect "pub struct Mutex(Opaque<raw::mutex>, core::marker::PhantomData<*mut u8>);" "$objects"
expect "pub struct MutexGuard<'a>(&'a Mutex);" "$objects"
expect "pub fn mutex_lock(&self) -> MutexGuard<'_> {" "$objects"
expect "pub fn mutex_trylock(&self) -> Option<MutexGuard<'_>> {" "$objects"
expect "pub struct WorkStruct(Opaque<raw::work_struct>, core::marker::PhantomData<*mut u8>);" "$objects"
expect "pub fn rb_first(&self) -> Option<&RbNode> {" "$objects"
expect "impl Drop for Firmware {" "$objects"
expect "unsafe { raw::release_firmware(self.as_raw()) };" "$objects"
expect "pub fn request_firmware(name: &kernel::str::CStr, device: &mut Device) -> Result<Self> {" "$objects"
expect "pub struct Refcount(" "$helpers"
expect "    Opaque<raw::refcount_struct>," "$helpers"
expect "unsafe impl AlwaysRefCounted for TaskStruct {" "$helpers"
expect "unsafe { raw::get_task_struct(self.as_raw()) };" "$helpers"

[ $failures = 0 ] || die "$failures failure(s)"
log "kernel safe skeletons: 3 generated, equal to their golden files, compiled"
