# Read by the kernel's top Makefile together with its own (flags.sh runs
# `make -f Makefile -f kernel-record.mk kbindgen-record`): runs the bindgen
# rules of the kernel's rust/Makefile with the recording BINDGEN, so that the
# kernel's make computes every bindgen command line itself.
#
# rust/Makefile defines those rules only under CONFIG_RUST; setting it on the
# sub-make's command line enables them without changing .config, so the C flags
# (computed from .config) are those of the configured kernel.
# KBUILD_RUSTFLAGS and rust_common_flags are saved too: the harness compiles
# the crates with the lint flags of the former (-Dwarnings with CONFIG_WERROR),
# and the layout tests with the latter, as `make rusttest` does.

kbindgen_outputs := rust/bindings/bindings_generated.rs \
		    rust/uapi/uapi_generated.rs \
		    rust/bindings/bindings_helpers_generated.rs

PHONY += kbindgen-record
kbindgen-record:
	$(Q)rm -f $(kbindgen_outputs)
	$(Q)$(MAKE) $(build)=rust CONFIG_RUST=y BINDGEN=$(KBINDGEN_RECORDER) \
		$(kbindgen_outputs)
	@printf '%s\n' $(KBUILD_RUSTFLAGS) >$(KBINDGEN_RECORD_DIR)/kbuild_rustflags.args
	@printf '%s\n' $(rust_common_flags) >$(KBINDGEN_RECORD_DIR)/rust_common_flags.args
